using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using ProjectMap.Domain.Projects;

namespace ProjectMap.Application.Storage.Copy;

/// <summary>
/// The store-neutral canonical form of a project that content checksums are computed over: one line of compact JSON
/// with the fields in a fixed order, numbers written as round-trip text (doubles with "R", 万元 decimals without
/// trailing zeros so 50000.00 and 50000 agree), dates as yyyy-MM-dd, strings escaped by System.Text.Json's default
/// encoder, and the parcel as the SRID plus the hex ISO WKB (little-endian, X = longitude, Y = latitude, 2-D) of
/// the normalised geometry (NetTopologySuite <c>Normalize</c>: ring starts and orientation, part order), so two
/// stores that hold the same parcel agree whatever ring orientation they write. Derived columns (areas) and
/// bookkeeping (update times, row ids) are not content and are left out.
/// </summary>
public static class CanonicalProject
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, Encoder = JavaScriptEncoder.Default };

    /// <summary>The canonical JSON text of a project, without a trailing newline.</summary>
    public static string ToJson(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("code", project.Code.Value);
            w.WriteString("nameZh", project.NameZh);
            w.WriteString("nameEn", project.NameEn);
            w.WriteString("park", project.Park);
            w.WriteString("location", project.Location);
            w.WriteString("industry", project.Industry);
            w.WriteString("plannedInvestmentWan", Decimal(project.PlannedInvestmentWan));
            w.WriteString("buildingFloorAreaM2", Double(project.BuildingFloorAreaM2));
            w.WriteString("declaredLandAreaMu", Double(project.DeclaredLandAreaMu));
            w.WriteString("startDate", Day(project.StartDate));
            w.WriteString("plannedCompletion", Day(project.PlannedCompletion));
            w.WriteString("stage", project.Stage);
            w.WriteString("photovoltaicKwp", Double(project.PhotovoltaicKwp));
            w.WriteStartArray("buildings");
            foreach (var b in project.Buildings)
            {
                w.WriteStartObject();
                w.WriteString("nameZh", b.NameZh);
                w.WriteString("nameEn", b.NameEn);
                w.WriteString("kind", b.Kind.ToString());
                w.WriteString("floorAreaM2", Double(b.FloorAreaM2));
                w.WriteNumber("storeys", b.Storeys);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("parcelSrid", project.Parcel.SRID);
            w.WriteString("parcelWkb", GeometryHex(project.Parcel));
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The hex ISO WKB (little-endian, 2-D) of a normalised copy of a geometry.</summary>
    public static string GeometryHex(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var normalised = geometry.Copy();
        normalised.Normalize();
        var writer = new WKBWriter(ByteOrder.LittleEndian, handleSRID: false, emitZ: false, emitM: false);
        return Convert.ToHexString(writer.Write(normalised));
    }

    /// <summary>A decimal as invariant text without trailing zeros (50000.00 → "50000", 0.50 → "0.5").</summary>
    public static string Decimal(decimal value) =>
        value == 0m ? "0" : value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static string? Double(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string? Day(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
