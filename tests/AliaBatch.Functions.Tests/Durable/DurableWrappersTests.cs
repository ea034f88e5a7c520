using System.Collections;
using System.Reflection;
using AliaBatch.Functions.Durable;
using AliaBatch.Orchestration;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Xunit;

namespace AliaBatch.Functions.Tests.Durable;

/// <summary>Every orchestrator and activity that <c>AddAliaBatchTasks()</c> registers has a function of the same name.</summary>
public sealed class DurableWrappersTests
{
    [Fact]
    public void OrchestratorFunctions_WrapEveryRegisteredOrchestrator()
    {
        var registered = Registered("Orchestrators");

        var wrapped = Wrapped(typeof(OrchestratorFunctions), typeof(OrchestrationTriggerAttribute));

        Assert.NotEmpty(registered);
        Assert.Equal(registered.Order(StringComparer.Ordinal), wrapped.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ActivityFunctions_WrapEveryRegisteredActivity()
    {
        var registered = Registered("Activities");

        var wrapped = Wrapped(typeof(ActivityFunctions), typeof(ActivityTriggerAttribute));

        Assert.NotEmpty(registered);
        Assert.Equal(registered.Order(StringComparer.Ordinal), wrapped.Order(StringComparer.Ordinal));
    }

    private static List<string> Registered(string property)
    {
        var registry = new DurableTaskRegistry().AddAliaBatchTasks();
        // The registry keeps its registrations internal; the names are what the worker dispatches on.
        var registrations = (IEnumerable)typeof(DurableTaskRegistry)
            .GetProperty(property, BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)!
            .GetValue(registry)!;
        return [.. registrations.Cast<object>().Select(entry => ((TaskName)entry.GetType().GetProperty("Key")!.GetValue(entry)!).Name)];
    }

    private static List<string> Wrapped(Type type, Type trigger) =>
        [.. type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.GetParameters().Any(p => p.GetCustomAttribute(trigger) is not null))
            .Select(m => m.GetCustomAttribute<FunctionAttribute>()!.Name)];
}
