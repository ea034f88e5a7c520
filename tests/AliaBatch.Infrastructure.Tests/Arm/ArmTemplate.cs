using System.Text.Json;
using System.Text.RegularExpressions;

namespace AliaBatch.Infrastructure.Tests.Arm;

/// <summary>
/// A compiled ARM template (or a module's nested template) with just enough expression
/// evaluation to follow <c>[parameters('x')]</c> and <c>[variables('x').a.b]</c> through modules.
/// Anything else (reference(), format(), ...) is returned as the expression string.
/// </summary>
public sealed partial class ArmTemplate
{
    private readonly ArmTemplate? _parent;
    private readonly IReadOnlyDictionary<string, JsonElement> _parameterValues;

    public ArmTemplate(JsonElement root, IReadOnlyDictionary<string, JsonElement>? parameterValues = null)
        : this(root, parameterValues ?? new Dictionary<string, JsonElement>(), parent: null)
    {
    }

    private ArmTemplate(JsonElement root, IReadOnlyDictionary<string, JsonElement> parameterValues, ArmTemplate? parent)
    {
        Root = root;
        _parameterValues = parameterValues;
        _parent = parent;
    }

    public JsonElement Root { get; }

    /// <summary>Every resource, whether the template lists them (classic) or names them (symbolic).</summary>
    public IEnumerable<JsonElement> Resources =>
        Root.GetProperty("resources") switch
        {
            { ValueKind: JsonValueKind.Object } named => named.EnumerateObject().Select(property => property.Value),
            var listed => listed.EnumerateArray(),
        };

    public IReadOnlyList<JsonElement> ResourcesOfType(string type) =>
        [.. Resources.Where(resource => resource.GetProperty("type").GetString() == type)];

    /// <summary>The single resource of a type; fails when there is none or several.</summary>
    public JsonElement Resource(string type) => ResourcesOfType(type) switch
    {
        [var only] => only,
        var found => throw new InvalidOperationException($"Expected one {type}, found {found.Count}."),
    };

    /// <summary>The nested template of the module deployment with this deployment name.</summary>
    public ArmTemplate Module(string deploymentName)
    {
        var deployment = ResourcesOfType("Microsoft.Resources/deployments")
            .Single(resource => resource.GetProperty("name").GetString() == deploymentName);
        var properties = deployment.GetProperty("properties");
        var values = properties.GetProperty("parameters").EnumerateObject()
            .ToDictionary(parameter => parameter.Name, parameter => parameter.Value.GetProperty("value"));
        return new ArmTemplate(properties.GetProperty("template"), values, this);
    }

    /// <summary>The value a parent passed for a parameter, unevaluated (in the parent's terms).</summary>
    public JsonElement PassedParameter(string name) =>
        _parameterValues.TryGetValue(name, out var value)
            ? value
            : throw new KeyNotFoundException($"No value was passed for parameter '{name}'.");

    /// <summary>A parameter's value, evaluated as far as this class can.</summary>
    public JsonElement Parameter(string name)
    {
        if (_parameterValues.TryGetValue(name, out var passed))
        {
            return _parent is null ? passed : _parent.Resolve(passed);
        }

        return Root.GetProperty("parameters").GetProperty(name).TryGetProperty("defaultValue", out var defaultValue)
            ? Resolve(defaultValue)
            : throw new KeyNotFoundException($"Parameter '{name}' has no value and no default.");
    }

    /// <summary>
    /// Evaluates parameters()/variables() references (with property paths), also inside objects and
    /// arrays; every other value, including other expressions, is returned unchanged.
    /// </summary>
    public JsonElement Resolve(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => JsonSerializer.SerializeToElement(
            value.EnumerateObject().ToDictionary(property => property.Name, property => Resolve(property.Value))),
        JsonValueKind.Array => JsonSerializer.SerializeToElement(value.EnumerateArray().Select(Resolve).ToList()),
        JsonValueKind.String => ResolveExpression(value),
        _ => value,
    };

    /// <summary>Resolves and returns the value as text (an expression string stays an expression).</summary>
    public string ResolveString(JsonElement value) => Resolve(value) switch
    {
        { ValueKind: JsonValueKind.String } text => text.GetString()!,
        var other => other.GetRawText(),
    };

    private JsonElement ResolveExpression(JsonElement value)
    {
        var match = ReferenceExpression().Match(value.GetString()!);
        if (!match.Success)
        {
            return value;
        }

        var name = match.Groups["name"].Value;
        var target = match.Groups["kind"].Value == "parameters"
            ? Parameter(name)
            : Resolve(Root.GetProperty("variables").GetProperty(name));
        foreach (var segment in match.Groups["path"].Value.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            target = target.GetProperty(segment);
        }

        return target;
    }

    [GeneratedRegex(@"^\[(?<kind>parameters|variables)\('(?<name>[^']+)'\)(?<path>(\.[A-Za-z_][A-Za-z0-9_]*)*)\]$")]
    private static partial Regex ReferenceExpression();
}
