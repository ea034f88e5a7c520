using AliaBatch.Testing;
using Xunit;

[assembly: AssemblyFixture(typeof(AzuriteFixture))]
