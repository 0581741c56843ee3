using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ProjectMap.Application.Storage.Copy;

/// <summary>
/// The store-neutral canonical form of a stored photo (with its parcel matches and every correction) and of a
/// quarantined file, for content checksums: compact JSON, fields in a fixed order, doubles as round-trip text,
/// instants in UTC, the footprint as SRID plus the hex WKB of the normalised polygon (<see cref="CanonicalProject.GeometryHex"/>).
/// The ingest time is bookkeeping and left out.
/// </summary>
public static class CanonicalPhoto
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, Encoder = JavaScriptEncoder.Default };

    /// <summary>The canonical JSON text of a photo with its matches and corrections (oldest first).</summary>
    public static string ToJson(StoredPhoto p, IReadOnlyList<PhotoParcelMatch> matches, IReadOnlyList<PhotoCorrectionRecord> corrections)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(corrections);
        return Write(w =>
        {
            w.WriteString("sha256", p.Sha256);
            w.WriteString("fileName", p.FileName);
            w.WriteNumber("sizeBytes", p.SizeBytes);
            w.WriteString("storedPath", p.StoredPath.Replace('\\', '/'));
            w.WriteString("status", p.Status);
            w.WriteString("warnings", string.Join('\n', p.Warnings));
            w.WriteString("make", p.Make);
            w.WriteString("model", p.Model);
            w.WriteString("capturedAt", p.CapturedAt?.ToString("O", CultureInfo.InvariantCulture));
            w.WriteString("month", p.Month?.ToString());
            w.WriteString("project", p.ProjectCode);
            foreach (var (name, value) in new (string, double)[]
                     {
                         ("lat", p.LatitudeDeg), ("lon", p.LongitudeDeg), ("heightM", p.HeightAboveGroundM), ("yaw", p.YawDeg), ("pitch", p.PitchDeg),
                         ("roll", p.RollDeg), ("focalPx", p.FocalLengthPx), ("cx", p.PrincipalPointXPx), ("cy", p.PrincipalPointYPx), ("gsdCm", p.GsdCm),
                         ("accuracyM", p.AccuracyM), ("groundOffsetM", p.GroundOffsetM),
                     })
            {
                w.WriteString(name, value.ToString("R", CultureInfo.InvariantCulture));
            }

            w.WriteNumber("widthPx", p.WidthPx);
            w.WriteNumber("heightPx", p.HeightPx);
            w.WriteString("intrinsicsSource", p.IntrinsicsSource);
            w.WriteString("metadataJson", p.MetadataJson);
            w.WriteNumber("footprintSrid", p.Footprint.SRID);
            w.WriteString("footprintWkb", CanonicalProject.GeometryHex(p.Footprint));
            w.WriteStartArray("matches");
            foreach (var m in matches.OrderBy(m => m.ProjectCode, StringComparer.Ordinal))
            {
                w.WriteStringValue(string.Create(CultureInfo.InvariantCulture, $"{m.ProjectCode}:{m.ParcelCoveredShare:R}:{m.PhotoOnParcelShare:R}"));
            }

            w.WriteEndArray();
            w.WriteStartArray("corrections");
            foreach (var c in corrections)
            {
                w.WriteStringValue(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{c.Model}|{string.Join(',', c.Matrix.Select(x => x.ToString("R", CultureInfo.InvariantCulture)))}|{c.FrameOriginLatDeg:R}|{c.FrameOriginLonDeg:R}|{c.PairsJson}|{c.RmsResidualM:R}|{c.MaxResidualM:R}|{c.CreatedAt.UtcDateTime:O}"));
            }

            w.WriteEndArray();
        });
    }

    /// <summary>The canonical JSON text of a quarantined file.</summary>
    public static string ToJson(QuarantinedFile q)
    {
        ArgumentNullException.ThrowIfNull(q);
        return Write(w =>
        {
            w.WriteString("sha256", q.Sha256);
            w.WriteString("fileName", q.FileName);
            w.WriteNumber("sizeBytes", q.SizeBytes);
            w.WriteString("reason", q.Reason);
            w.WriteString("storedPath", q.StoredPath.Replace('\\', '/'));
            w.WriteString("quarantinedAt", q.QuarantinedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        });
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
