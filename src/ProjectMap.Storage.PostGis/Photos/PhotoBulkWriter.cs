using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;
using ProjectMap.Application.Storage;

namespace ProjectMap.Storage.PostGis.Photos;

/// <summary>
/// Writes many photos with their matches and corrections through PostgreSQL's binary COPY, inside the caller's
/// transaction: the bulk path behind <see cref="IPhotoRepository.ImportAsync"/> (store copies, loading). Column
/// values are written exactly as the single-row insert writes them, so both paths store the same thing.
/// </summary>
internal static class PhotoBulkWriter
{
    private const string PhotoCopy =
        "COPY photos (sha256, file_name, size_bytes, stored_path, status, warnings, make, model, captured_at, month, project_code, lat, lon, height_m, " +
        "yaw_deg, pitch_deg, roll_deg, width_px, height_px, focal_px, cx_px, cy_px, intrinsics_source, gsd_cm, accuracy_m, ground_offset_m, metadata_json, " +
        "ingested_at, geom, captured_instant) FROM STDIN (FORMAT BINARY)";

    /// <summary>Copies the records' photos, then their matches, then their corrections (in the order given).</summary>
    public static async Task WriteAsync(NpgsqlConnection connection, IReadOnlyList<PhotoRecord> records, CancellationToken cancellationToken)
    {
        await using (var photos = await connection.BeginBinaryImportAsync(PhotoCopy, cancellationToken).ConfigureAwait(false))
        {
            foreach (var r in records)
            {
                await WritePhotoAsync(photos, r.Photo, cancellationToken).ConfigureAwait(false);
            }

            await photos.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var matches = await connection.BeginBinaryImportAsync(
            "COPY photo_parcels (photo_sha256, project_code, parcel_covered_share, photo_on_parcel_share) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
        {
            foreach (var m in records.SelectMany(r => r.Matches.Select(m => m with { Sha256 = r.Photo.Sha256 })))
            {
                await matches.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await matches.WriteAsync(m.Sha256, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await matches.WriteAsync(m.ProjectCode, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await matches.WriteAsync(m.ParcelCoveredShare, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
                await matches.WriteAsync(m.PhotoOnParcelShare, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
            }

            await matches.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var corrections = await connection.BeginBinaryImportAsync(
            "COPY photo_corrections (photo_sha256, model, matrix, origin_lat, origin_lon, pairs, rms_residual_m, max_residual_m, created_at) FROM STDIN (FORMAT BINARY)",
            cancellationToken).ConfigureAwait(false);
        foreach (var (sha, c) in records.SelectMany(r => r.Corrections.Select(c => (r.Photo.Sha256, c))))
        {
            await corrections.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await corrections.WriteAsync(sha, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await corrections.WriteAsync(c.Model, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await corrections.WriteAsync(JsonSerializer.Serialize(c.Matrix), NpgsqlDbType.Jsonb, cancellationToken).ConfigureAwait(false);
            await corrections.WriteAsync(c.FrameOriginLatDeg, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
            await corrections.WriteAsync(c.FrameOriginLonDeg, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
            await corrections.WriteAsync(c.PairsJson, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await corrections.WriteAsync(c.RmsResidualM, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
            await corrections.WriteAsync(c.MaxResidualM, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
            await corrections.WriteAsync(c.CreatedAt.UtcDateTime, NpgsqlDbType.TimestampTz, cancellationToken).ConfigureAwait(false);
        }

        await corrections.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task WritePhotoAsync(NpgsqlBinaryImporter w, StoredPhoto p, CancellationToken ct)
    {
        var footprint = (Polygon)p.Footprint.Copy();
        footprint.SRID = 4490;
        await w.StartRowAsync(ct).ConfigureAwait(false);
        await w.WriteAsync(p.Sha256, NpgsqlDbType.Text, ct).ConfigureAwait(false);
        await w.WriteAsync(p.FileName, NpgsqlDbType.Text, ct).ConfigureAwait(false);
        await w.WriteAsync(p.SizeBytes, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
        await w.WriteAsync(p.StoredPath, NpgsqlDbType.Text, ct).ConfigureAwait(false);
        await w.WriteAsync(p.Status, NpgsqlDbType.Text, ct).ConfigureAwait(false);
        await w.WriteAsync(JsonSerializer.Serialize(p.Warnings), NpgsqlDbType.Jsonb, ct).ConfigureAwait(false);
        await TextOrNullAsync(w, p.Make, ct).ConfigureAwait(false);
        await TextOrNullAsync(w, p.Model, ct).ConfigureAwait(false);
        await TextOrNullAsync(w, p.CapturedAt?.ToString(PostGisPhotoRepository.CapturedAtFormat, CultureInfo.InvariantCulture), ct).ConfigureAwait(false);
        await TextOrNullAsync(w, p.Month?.ToString(), ct).ConfigureAwait(false);
        await TextOrNullAsync(w, p.ProjectCode, ct).ConfigureAwait(false);
        foreach (var value in new[] { p.LatitudeDeg, p.LongitudeDeg, p.HeightAboveGroundM, p.YawDeg, p.PitchDeg, p.RollDeg })
        {
            await w.WriteAsync(value, NpgsqlDbType.Double, ct).ConfigureAwait(false);
        }

        await w.WriteAsync(p.WidthPx, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
        await w.WriteAsync(p.HeightPx, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
        foreach (var value in new[] { p.FocalLengthPx, p.PrincipalPointXPx, p.PrincipalPointYPx })
        {
            await w.WriteAsync(value, NpgsqlDbType.Double, ct).ConfigureAwait(false);
        }

        await w.WriteAsync(p.IntrinsicsSource, NpgsqlDbType.Text, ct).ConfigureAwait(false);
        foreach (var value in new[] { p.GsdCm, p.AccuracyM, p.GroundOffsetM })
        {
            await w.WriteAsync(value, NpgsqlDbType.Double, ct).ConfigureAwait(false);
        }

        await w.WriteAsync(p.MetadataJson, NpgsqlDbType.Text, ct).ConfigureAwait(false);
        await w.WriteAsync(p.IngestedAt.UtcDateTime, NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
        await w.WriteAsync<Geometry>(footprint, "geometry", ct).ConfigureAwait(false);
        if (p.CapturedAt is { } t)
        {
            await w.WriteAsync(t.UtcDateTime, NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
        }
        else
        {
            await w.WriteNullAsync(ct).ConfigureAwait(false);
        }
    }

    private static Task TextOrNullAsync(NpgsqlBinaryImporter w, string? value, CancellationToken ct) =>
        value is null ? w.WriteNullAsync(ct) : w.WriteAsync(value, NpgsqlDbType.Text, ct);
}
