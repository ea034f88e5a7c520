using AliaBatch.Worker.Tests.Support;
using Xunit;

[assembly: AssemblyFixture(typeof(PackFixture))]
