using System.Text.Json;
using ProjectMap.Testing;
using ProjectMap.Web.Tests.Infrastructure;

namespace ProjectMap.Web.Tests.Frontend;

/// <summary>Runs a script of the viewer's front end (src/ProjectMap.Web/ClientApp/test) with node and parses its JSON output.</summary>
public static class NodeScript
{
    /// <summary>Runs <c>node test/NAME.mjs ARGS…</c> in ClientApp and returns its output as JSON.</summary>
    public static JsonElement Run(string name, params string[] arguments)
    {
        var script = RepositoryRoot.Combine("src", "ProjectMap.Web", "ClientApp", "test", name);
        var (code, output, error) = ExternalProgram.Run("node", null, [script, .. arguments]);
        Assert.True(code == 0, $"node {name} failed: {error}");
        return JsonDocument.Parse(output).RootElement;
    }
}
