using System.Text.Json;
using System.Text.Json.Serialization;
using ProjectMap.Domain.Projects;

namespace ProjectMap.Application.Storage;

/// <summary>
/// The JSON form of a project's building list that every store keeps in one text column:
/// <c>[{"nameZh":"…","nameEn":null,"kind":"Workshop","floorAreaM2":20000,"storeys":2}]</c>.
/// </summary>
public static class BuildingJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the list as JSON text (Chinese kept as is, not escaped).</summary>
    public static string Serialize(IReadOnlyList<Building> buildings) => JsonSerializer.Serialize(buildings, Options);

    /// <summary>Reads a list written by <see cref="Serialize"/>; empty or null text gives an empty list.</summary>
    public static IReadOnlyList<Building> Deserialize(string? json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<List<Building>>(json, Options) ?? [];
}
