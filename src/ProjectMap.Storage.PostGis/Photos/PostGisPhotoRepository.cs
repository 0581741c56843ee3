using System.Data;
using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Time;
using ProjectMap.Storage.PostGis.Connection;

namespace ProjectMap.Storage.PostGis.Photos;

/// <summary>
/// Photos in PostgreSQL/PostGIS: the <c>photos</c> table (footprint geometry(Polygon, 4490), GiST) and its attribute
/// tables. Adding a photo is <c>INSERT … ON CONFLICT (sha256) DO NOTHING</c> in one transaction with its matches, so
/// any number of concurrent ingests store each photo once.
/// </summary>
internal sealed class PostGisPhotoRepository(TransactionRunner runner) : IPhotoRepository
{
    private const string Columns =
        "sha256, file_name, size_bytes, stored_path, status, warnings, make, model, captured_at, month, project_code, lat, lon, height_m, " +
        "yaw_deg, pitch_deg, roll_deg, width_px, height_px, focal_px, cx_px, cy_px, intrinsics_source, gsd_cm, accuracy_m, ground_offset_m, metadata_json, ingested_at, geom";

    /// <summary>How the capture time is kept as text (with its offset, to 100 ns).</summary>
    internal const string CapturedAtFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz";

    private static readonly CultureInfo Ic = CultureInfo.InvariantCulture;

    private static readonly string InsertSql =
        $"INSERT INTO photos ({Columns}, captured_instant) VALUES ({string.Join(", ", Enumerable.Range(1, 29).Select(i => "$" + i.ToString(Ic)))}, $30) " +
        "ON CONFLICT (sha256) DO NOTHING RETURNING fid";

    public async Task<bool> AddAsync(StoredPhoto photo, IReadOnlyList<PhotoParcelMatch> matches, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(photo);
        ArgumentNullException.ThrowIfNull(matches);
        return await runner.RunAsync(
            IsolationLevel.ReadCommitted,
            async (connection, tx, ct) =>
            {
                await using (var insert = new NpgsqlCommand(InsertSql, connection, tx))
                {
                    insert.Parameters.AddRange(Values(photo));
                    if (await insert.ExecuteScalarAsync(ct).ConfigureAwait(false) is null)
                    {
                        return false;
                    }
                }

                foreach (var m in matches)
                {
                    await using var match = new NpgsqlCommand(
                        "INSERT INTO photo_parcels (photo_sha256, project_code, parcel_covered_share, photo_on_parcel_share) VALUES ($1, $2, $3, $4)", connection, tx);
                    match.Parameters.Add(Text(photo.Sha256));
                    match.Parameters.Add(Text(m.ProjectCode));
                    match.Parameters.Add(Number(m.ParcelCoveredShare));
                    match.Parameters.Add(Number(m.PhotoOnParcelShare));
                    await match.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }

                return true;
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<StoredPhoto?> FindAsync(string sha256, CancellationToken cancellationToken = default) =>
        (await QueryAsync($"SELECT {Columns} FROM photos WHERE sha256 = $1", [Text(sha256)], Read, cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    public async Task<IReadOnlyList<StoredPhoto>> ListAsync(PhotoQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await QueryAsync(
            $"SELECT {Columns} FROM photos WHERE ($1::text IS NULL OR project_code = $1) AND ($2::text IS NULL OR month = $2) ORDER BY captured_instant NULLS LAST, sha256",
            [Text(query.ProjectCode), Text(query.Month?.ToString())], Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<StoredPhoto>> FindInEnvelopeAsync(Envelope lonLat, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lonLat);
        if (lonLat.IsNull)
        {
            return [];
        }

        return await QueryAsync(
            $"""
            SELECT {Columns} FROM photos
            WHERE geom && ST_MakeEnvelope($1, $2, $3, $4, 4490)
              AND ST_XMin(geom) <= $3 AND ST_XMax(geom) >= $1 AND ST_YMin(geom) <= $4 AND ST_YMax(geom) >= $2
            ORDER BY captured_instant NULLS LAST, sha256
            """,
            [Number(lonLat.MinX), Number(lonLat.MinY), Number(lonLat.MaxX), Number(lonLat.MaxY)], Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<PhotoFootprint>> FindFootprintsAsync(Envelope lonLat, YearMonth? month, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lonLat);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        if (lonLat.IsNull)
        {
            return [];
        }

        // As for parcels: the GiST index's float32 boxes find candidates, the exact extent test decides.
        return await QueryAsync(
            """
            SELECT sha256, project_code, month, captured_at, gsd_cm, accuracy_m, geom FROM photos
            WHERE geom && ST_MakeEnvelope($1, $2, $3, $4, 4490)
              AND ST_XMin(geom) <= $3 AND ST_XMax(geom) >= $1 AND ST_YMin(geom) <= $4 AND ST_YMax(geom) >= $2
              AND ($5::text IS NULL OR month = $5)
            ORDER BY captured_instant NULLS LAST, sha256
            LIMIT $6
            """,
            [Number(lonLat.MinX), Number(lonLat.MinY), Number(lonLat.MaxX), Number(lonLat.MaxY), Text(month?.ToString()), new() { Value = limit, NpgsqlDbType = NpgsqlDbType.Integer }],
            ReadFootprint,
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<PhotoRecord>> ListPageAsync(string? afterSha256, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        try
        {
            // One snapshot for the page and its matches and corrections, so a concurrent writer cannot split them.
            await using var connection = await runner.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var tx = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
            var photos = await QueryAsync(
                connection, tx, $"SELECT {Columns} FROM photos WHERE $1::text IS NULL OR sha256 > $1 ORDER BY sha256 LIMIT $2",
                [Text(afterSha256), new() { Value = limit, NpgsqlDbType = NpgsqlDbType.Integer }], Read, cancellationToken).ConfigureAwait(false);
            if (photos.Count == 0)
            {
                return [];
            }

            var shas = new NpgsqlParameter { Value = photos.Select(p => p.Sha256).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text };
            var matches = (await QueryAsync(
                    connection, tx,
                    "SELECT photo_sha256, project_code, parcel_covered_share, photo_on_parcel_share FROM photo_parcels WHERE photo_sha256 = ANY($1) ORDER BY photo_sha256, project_code",
                    [shas], r => new PhotoParcelMatch(r.GetString(0), r.GetString(1), r.GetDouble(2), r.GetDouble(3)), cancellationToken).ConfigureAwait(false))
                .ToLookup(m => m.Sha256, StringComparer.Ordinal);
            var corrections = (await QueryAsync(
                    connection, tx,
                    """
                    SELECT model, matrix::text, origin_lat, origin_lon, pairs, rms_residual_m, max_residual_m, created_at, photo_sha256
                    FROM photo_corrections WHERE photo_sha256 = ANY($1) ORDER BY id
                    """,
                    [shas.Clone()], r => ReadCorrection(r.GetString(8), r), cancellationToken).ConfigureAwait(false))
                .ToLookup(c => c.Sha256, StringComparer.Ordinal);
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            return photos.Select(p => new PhotoRecord(p, matches[p.Sha256].ToList(), corrections[p.Sha256].ToList())).ToList();
        }
        catch (PostgresException e)
        {
            throw new StoreException($"PostgreSQL refused a photo query: {e.MessageText} (SQLSTATE {e.SqlState})", e);
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"lost the connection to PostgreSQL while reading photos: {e.Message}", e);
        }
    }

    public async Task<int> ImportAsync(IReadOnlyList<PhotoRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            if (!seen.Add(r.Photo.Sha256))
            {
                throw new StoreException($"photo {r.Photo.Sha256} appears twice in the import; nothing was stored");
            }
        }

        if (records.Count == 0)
        {
            return 0;
        }

        await runner.RunAsync(
            IsolationLevel.ReadCommitted,
            async (connection, tx, ct) =>
            {
                var stored = await QueryAsync(
                    connection, tx, "SELECT sha256 FROM photos WHERE sha256 = ANY($1) ORDER BY sha256 LIMIT 1",
                    [new() { Value = seen.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text }], r => r.GetString(0), ct).ConfigureAwait(false);
                if (stored.Count > 0)
                {
                    throw new StoreException($"photo {stored[0]} is already stored in {runner.Location}; nothing of the import was stored");
                }

                await PhotoBulkWriter.WriteAsync(connection, records, ct).ConfigureAwait(false);
            },
            cancellationToken,
            retryAlso: e => e.SqlState == RetryPolicy.UniqueViolation).ConfigureAwait(false);
        return records.Count;
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken = default) =>
        (await QueryAsync("SELECT COUNT(*) FROM photos", [], r => r.GetInt64(0), cancellationToken).ConfigureAwait(false)).Single();

    public async Task<IReadOnlyList<PhotoParcelMatch>> MatchesAsync(string sha256, CancellationToken cancellationToken = default) =>
        await QueryAsync(
            "SELECT project_code, parcel_covered_share, photo_on_parcel_share FROM photo_parcels WHERE photo_sha256 = $1 ORDER BY project_code",
            [Text(sha256)], r => new PhotoParcelMatch(sha256, r.GetString(0), r.GetDouble(1), r.GetDouble(2)), cancellationToken).ConfigureAwait(false);

    public async Task AddCorrectionAsync(PhotoCorrectionRecord correction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(correction);
        await runner.RunAsync(
            IsolationLevel.ReadCommitted,
            async (connection, tx, ct) =>
            {
                await using (var check = new NpgsqlCommand("SELECT 1 FROM photos WHERE sha256 = $1", connection, tx))
                {
                    check.Parameters.Add(Text(correction.Sha256));
                    if (await check.ExecuteScalarAsync(ct).ConfigureAwait(false) is null)
                    {
                        throw new StoreException($"no photo with sha256 {correction.Sha256} in the store; ingest it before correcting it");
                    }
                }

                await using var insert = new NpgsqlCommand(
                    """
                    INSERT INTO photo_corrections (photo_sha256, model, matrix, origin_lat, origin_lon, pairs, rms_residual_m, max_residual_m, created_at)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                    """, connection, tx);
                insert.Parameters.Add(Text(correction.Sha256));
                insert.Parameters.Add(Text(correction.Model));
                insert.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(correction.Matrix), NpgsqlDbType = NpgsqlDbType.Jsonb });
                insert.Parameters.Add(Number(correction.FrameOriginLatDeg));
                insert.Parameters.Add(Number(correction.FrameOriginLonDeg));
                insert.Parameters.Add(Text(correction.PairsJson));
                insert.Parameters.Add(Number(correction.RmsResidualM));
                insert.Parameters.Add(Number(correction.MaxResidualM));
                insert.Parameters.Add(Instant(correction.CreatedAt));
                await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<PhotoCorrectionRecord>> CorrectionsAsync(string sha256, CancellationToken cancellationToken = default) =>
        await QueryAsync(CorrectionSql("ORDER BY id"), [Text(sha256)], r => ReadCorrection(sha256, r), cancellationToken).ConfigureAwait(false);

    public async Task<PhotoCorrectionRecord?> LatestCorrectionAsync(string sha256, CancellationToken cancellationToken = default) =>
        (await QueryAsync(CorrectionSql("ORDER BY id DESC LIMIT 1"), [Text(sha256)], r => ReadCorrection(sha256, r), cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    private static string CorrectionSql(string order) => $"""
        SELECT model, matrix::text, origin_lat, origin_lon, pairs, rms_residual_m, max_residual_m, created_at
        FROM photo_corrections WHERE photo_sha256 = $1 {order}
        """;

    private static PhotoCorrectionRecord ReadCorrection(string sha256, NpgsqlDataReader r) => new(
        sha256, r.GetString(0), JsonSerializer.Deserialize<double[]>(r.GetString(1)) ?? [], r.GetDouble(2), r.GetDouble(3), r.GetString(4),
        r.GetDouble(5), r.GetDouble(6), new DateTimeOffset(r.GetFieldValue<DateTime>(7), TimeSpan.Zero));

    public async Task<bool> QuarantineAsync(QuarantinedFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        return await runner.RunAsync(
            IsolationLevel.ReadCommitted,
            async (connection, tx, ct) =>
            {
                await using var insert = new NpgsqlCommand(
                    """
                    INSERT INTO photo_quarantine (sha256, file_name, size_bytes, reason, stored_path, quarantined_at)
                    VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (sha256) DO NOTHING
                    """, connection, tx);
                insert.Parameters.Add(Text(file.Sha256));
                insert.Parameters.Add(Text(file.FileName));
                insert.Parameters.Add(new NpgsqlParameter { Value = file.SizeBytes, NpgsqlDbType = NpgsqlDbType.Bigint });
                insert.Parameters.Add(Text(file.Reason));
                insert.Parameters.Add(Text(file.StoredPath));
                insert.Parameters.Add(Instant(file.QuarantinedAt));
                return await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false) > 0;
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<QuarantinedFile?> FindQuarantinedAsync(string sha256, CancellationToken cancellationToken = default) =>
        (await QueryAsync(QuarantineSql("WHERE sha256 = $1"), [Text(sha256)], ReadQuarantine, cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    public async Task<IReadOnlyList<QuarantinedFile>> ListQuarantineAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync(QuarantineSql(string.Empty), [], ReadQuarantine, cancellationToken).ConfigureAwait(false);

    private static string QuarantineSql(string where) =>
        $"SELECT sha256, file_name, size_bytes, reason, stored_path, quarantined_at FROM photo_quarantine {where} ORDER BY id DESC";

    private static QuarantinedFile ReadQuarantine(NpgsqlDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetString(3), r.GetString(4), new DateTimeOffset(r.GetFieldValue<DateTime>(5), TimeSpan.Zero));

    private static NpgsqlParameter[] Values(StoredPhoto p)
    {
        var footprint = (Polygon)p.Footprint.Copy();
        footprint.SRID = 4490;
        return
        [
            Text(p.Sha256),
            Text(p.FileName),
            new() { Value = p.SizeBytes, NpgsqlDbType = NpgsqlDbType.Bigint },
            Text(p.StoredPath),
            Text(p.Status),
            new() { Value = JsonSerializer.Serialize(p.Warnings), NpgsqlDbType = NpgsqlDbType.Jsonb },
            Text(p.Make),
            Text(p.Model),
            Text(p.CapturedAt?.ToString(CapturedAtFormat, Ic)),
            Text(p.Month?.ToString()),
            Text(p.ProjectCode),
            Number(p.LatitudeDeg),
            Number(p.LongitudeDeg),
            Number(p.HeightAboveGroundM),
            Number(p.YawDeg),
            Number(p.PitchDeg),
            Number(p.RollDeg),
            new() { Value = p.WidthPx, NpgsqlDbType = NpgsqlDbType.Integer },
            new() { Value = p.HeightPx, NpgsqlDbType = NpgsqlDbType.Integer },
            Number(p.FocalLengthPx),
            Number(p.PrincipalPointXPx),
            Number(p.PrincipalPointYPx),
            Text(p.IntrinsicsSource),
            Number(p.GsdCm),
            Number(p.AccuracyM),
            Number(p.GroundOffsetM),
            Text(p.MetadataJson),
            Instant(p.IngestedAt),
            new() { Value = footprint, DataTypeName = "geometry" },
            p.CapturedAt is { } t ? Instant(t) : new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz },
        ];
    }

    private static StoredPhoto Read(NpgsqlDataReader r)
    {
        var footprint = (Polygon)r.GetFieldValue<Geometry>(28);
        footprint.SRID = 4490;
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        return new StoredPhoto
        {
            Sha256 = r.GetString(0),
            FileName = r.GetString(1),
            SizeBytes = r.GetInt64(2),
            StoredPath = r.GetString(3),
            Status = r.GetString(4),
            Warnings = JsonSerializer.Deserialize<List<string>>(r.GetString(5)) ?? [],
            Make = S(6),
            Model = S(7),
            CapturedAt = S(8) is { } t ? DateTimeOffset.Parse(t, Ic) : null,
            Month = S(9) is { } m ? YearMonth.Parse(m) : null,
            ProjectCode = S(10),
            LatitudeDeg = r.GetDouble(11),
            LongitudeDeg = r.GetDouble(12),
            HeightAboveGroundM = r.GetDouble(13),
            YawDeg = r.GetDouble(14),
            PitchDeg = r.GetDouble(15),
            RollDeg = r.GetDouble(16),
            WidthPx = r.GetInt32(17),
            HeightPx = r.GetInt32(18),
            FocalLengthPx = r.GetDouble(19),
            PrincipalPointXPx = r.GetDouble(20),
            PrincipalPointYPx = r.GetDouble(21),
            IntrinsicsSource = r.GetString(22),
            GsdCm = r.GetDouble(23),
            AccuracyM = r.GetDouble(24),
            GroundOffsetM = r.GetDouble(25),
            MetadataJson = r.GetString(26),
            IngestedAt = new DateTimeOffset(r.GetFieldValue<DateTime>(27), TimeSpan.Zero),
            Footprint = footprint,
        };
    }

    private static PhotoFootprint ReadFootprint(NpgsqlDataReader r)
    {
        var footprint = (Polygon)r.GetFieldValue<Geometry>(6);
        footprint.SRID = 4490;
        return new PhotoFootprint(
            r.GetString(0),
            r.IsDBNull(1) ? null : r.GetString(1),
            r.IsDBNull(2) ? null : YearMonth.Parse(r.GetString(2)),
            r.IsDBNull(3) ? null : DateTimeOffset.Parse(r.GetString(3), Ic),
            r.GetDouble(4),
            r.GetDouble(5),
            footprint);
    }

    private static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    private static NpgsqlParameter Number(double value) => new() { Value = value, NpgsqlDbType = NpgsqlDbType.Double };

    private static NpgsqlParameter Instant(DateTimeOffset value) => new() { Value = value.UtcDateTime, NpgsqlDbType = NpgsqlDbType.TimestampTz };

    private async Task<List<T>> QueryAsync<T>(string sql, NpgsqlParameter[] parameters, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await runner.OpenAsync(cancellationToken).ConfigureAwait(false);
            return await QueryAsync(connection, null, sql, parameters, read, cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException e)
        {
            throw new StoreException($"PostgreSQL refused a photo query: {e.MessageText} (SQLSTATE {e.SqlState})", e);
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"lost the connection to PostgreSQL while reading photos: {e.Message}", e);
        }
    }

    private static async Task<List<T>> QueryAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction? tx, string sql, NpgsqlParameter[] parameters, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        command.Parameters.AddRange(parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(read(reader));
        }

        return list;
    }
}
