using Microsoft.Azure.Functions.Worker;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace AliaBatch.Functions.Tests.Http;

/// <summary>A function invocation carrying an ASP.NET Core request, as the HTTP integration sets it up.</summary>
internal sealed class TestFunctionContext : FunctionContext
{
    public TestFunctionContext(HttpContext? http)
    {
        if (http is not null)
        {
            // The key the ASP.NET Core integration stores the request under (GetHttpContext reads it).
            Items["HttpRequestContext"] = http;
        }
    }

    public override string InvocationId => "invocation";

    public override string FunctionId => "function";

    public override TraceContext TraceContext => null!;

    public override BindingContext BindingContext => null!;

    public override RetryContext RetryContext => null!;

    public override IServiceProvider InstanceServices { get; set; } = null!;

    public override FunctionDefinition FunctionDefinition => null!;

    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();

    public override IInvocationFeatures Features => null!;

    public override CancellationToken CancellationToken => TestContext.Current.CancellationToken;
}
