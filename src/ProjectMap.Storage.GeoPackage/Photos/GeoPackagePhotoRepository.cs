using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Time;
using ProjectMap.Storage.GeoPackage.Schema;

namespace ProjectMap.Storage.GeoPackage.Photos;

/// <summary>Photos in the GeoPackage <c>photos</c> feature table and its attribute tables; every write is one immediate transaction.</summary>
internal sealed class GeoPackagePhotoRepository(GeoPackageStore store) : IPhotoRepository
{
    private const string Columns =
        "geom, sha256, file_name, size_bytes, stored_path, status, warnings, make, model, captured_at, month, project_code, lat, lon, height_m, " +
        "yaw_deg, pitch_deg, roll_deg, width_px, height_px, focal_px, cx_px, cy_px, intrinsics_source, gsd_cm, accuracy_m, ground_offset_m, metadata_json, ingested_at";

    private static readonly string[] ColumnNames = Columns.Split(", ");
    private static readonly CultureInfo Ic = CultureInfo.InvariantCulture;

    public Task<bool> AddAsync(StoredPhoto photo, IReadOnlyList<PhotoParcelMatch> matches, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(photo);
        ArgumentNullException.ThrowIfNull(matches);
        using var connection = store.Connect();
        using var tx = connection.BeginTransaction(deferred: false);
        if (Sql.Scalar(connection, tx, "SELECT 1 FROM photos WHERE sha256 = $s", ("$s", photo.Sha256)) is not null)
        {
            return Task.FromResult(false);
        }

        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = tx;
            insert.CommandText = $"INSERT INTO photos ({Columns}) VALUES ({string.Join(", ", ColumnNames.Select(c => "$" + c))})";
            Bind(insert, photo);
            insert.ExecuteNonQuery();
        }

        foreach (var m in matches)
        {
            using var match = connection.CreateCommand();
            match.Transaction = tx;
            match.CommandText = "INSERT INTO photo_parcels (photo_sha256, project_code, parcel_covered_share, photo_on_parcel_share) VALUES ($s, $p, $c, $o)";
            match.Parameters.AddWithValue("$s", photo.Sha256);
            match.Parameters.AddWithValue("$p", m.ProjectCode);
            match.Parameters.AddWithValue("$c", m.ParcelCoveredShare);
            match.Parameters.AddWithValue("$o", m.PhotoOnParcelShare);
            match.ExecuteNonQuery();
        }

        Sql.Execute(connection, tx, """
            UPDATE gpkg_contents SET
              min_x = (SELECT MIN(minx) FROM rtree_photos_geom), max_x = (SELECT MAX(maxx) FROM rtree_photos_geom),
              min_y = (SELECT MIN(miny) FROM rtree_photos_geom), max_y = (SELECT MAX(maxy) FROM rtree_photos_geom),
              last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now')
            WHERE table_name = 'photos';
            """);
        tx.Commit();
        return Task.FromResult(true);
    }

    public Task<StoredPhoto?> FindAsync(string sha256, CancellationToken cancellationToken = default)
    {
        using var connection = store.Connect();
        return Task.FromResult(Query(connection, $"SELECT {Columns} FROM photos WHERE sha256 = $s", ("$s", sha256)).SingleOrDefault());
    }

    public Task<IReadOnlyList<StoredPhoto>> ListAsync(PhotoQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var connection = store.Connect();
        var sql = $"""
            SELECT {Columns} FROM photos
            WHERE ($p IS NULL OR project_code = $p) AND ($m IS NULL OR month = $m)
            ORDER BY captured_at, sha256
            """;
        return Task.FromResult<IReadOnlyList<StoredPhoto>>(Query(connection, sql, ("$p", query.ProjectCode), ("$m", query.Month?.ToString())));
    }

    public Task<IReadOnlyList<StoredPhoto>> FindInEnvelopeAsync(Envelope lonLat, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lonLat);
        using var connection = store.Connect();
        var sql = $"""
            SELECT {Columns} FROM photos WHERE fid IN (
              SELECT id FROM rtree_photos_geom WHERE minx <= $maxx AND maxx >= $minx AND miny <= $maxy AND maxy >= $miny)
            ORDER BY captured_at, sha256
            """;
        return Task.FromResult<IReadOnlyList<StoredPhoto>>(Query(
            connection, sql, ("$minx", lonLat.MinX), ("$maxx", lonLat.MaxX), ("$miny", lonLat.MinY), ("$maxy", lonLat.MaxY)));
    }

    public Task<IReadOnlyList<PhotoFootprint>> FindFootprintsAsync(Envelope lonLat, YearMonth? month, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lonLat);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        if (lonLat.IsNull)
        {
            return Task.FromResult<IReadOnlyList<PhotoFootprint>>([]);
        }

        // The R-tree's float32 boxes (rounded outwards) find candidates; the exact extent test decides. One month's
        // query goes through the month-aware R-tree, so it never touches the other months' footprints.
        using var connection = store.Connect();
        using var command = connection.CreateCommand();
        var candidates = month is null
            ? "SELECT id FROM rtree_photos_geom WHERE minx <= $maxx AND maxx >= $minx AND miny <= $maxy AND maxy >= $miny"
            : $"SELECT id FROM {PhotoMonthIndex.Table} WHERE minx <= $maxx AND maxx >= $minx AND miny <= $maxy AND maxy >= $miny AND minmonth <= $mn AND maxmonth >= $mn";
        command.CommandText = $"""
            SELECT sha256, project_code, month, captured_at, gsd_cm, accuracy_m, geom FROM photos
            WHERE fid IN ({candidates})
              AND ST_MinX(geom) <= $maxx AND ST_MaxX(geom) >= $minx AND ST_MinY(geom) <= $maxy AND ST_MaxY(geom) >= $miny
              AND ($m IS NULL OR month = $m)
            ORDER BY captured_at IS NULL, captured_at, sha256
            LIMIT $limit
            """;
        command.Parameters.AddWithValue("$mn", month is { } mm ? PhotoMonthIndex.Number(mm) : DBNull.Value);
        command.Parameters.AddWithValue("$minx", lonLat.MinX);
        command.Parameters.AddWithValue("$maxx", lonLat.MaxX);
        command.Parameters.AddWithValue("$miny", lonLat.MinY);
        command.Parameters.AddWithValue("$maxy", lonLat.MaxY);
        command.Parameters.AddWithValue("$m", (object?)month?.ToString() ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", limit);
        using var r = command.ExecuteReader();
        var list = new List<PhotoFootprint>();
        while (r.Read())
        {
            var footprint = (Polygon)GpkgBlob.Decode((byte[])r[6]);
            footprint.SRID = 4490;
            list.Add(new PhotoFootprint(
                r.GetString(0),
                r.IsDBNull(1) ? null : r.GetString(1),
                r.IsDBNull(2) ? null : YearMonth.Parse(r.GetString(2)),
                r.IsDBNull(3) ? null : DateTimeOffset.Parse(r.GetString(3), Ic),
                r.GetDouble(4),
                r.GetDouble(5),
                footprint));
        }

        return Task.FromResult<IReadOnlyList<PhotoFootprint>>(list);
    }

    public Task<IReadOnlyList<PhotoRecord>> ListPageAsync(string? afterSha256, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        using var connection = store.Connect();
        // One read transaction: the page, its matches and its corrections come from the same state of the file.
        using var tx = connection.BeginTransaction(deferred: true);
        var photos = Query(connection, tx, $"SELECT {Columns} FROM photos WHERE $a IS NULL OR sha256 > $a ORDER BY sha256 LIMIT $l", ("$a", afterSha256), ("$l", limit));
        if (photos.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<PhotoRecord>>([]);
        }

        var shas = JsonSerializer.Serialize(photos.Select(p => p.Sha256));
        var matches = new List<PhotoParcelMatch>();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = tx;
            command.CommandText = """
                SELECT photo_sha256, project_code, parcel_covered_share, photo_on_parcel_share FROM photo_parcels
                WHERE photo_sha256 IN (SELECT value FROM json_each($s)) ORDER BY photo_sha256, project_code
                """;
            command.Parameters.AddWithValue("$s", shas);
            using var r = command.ExecuteReader();
            while (r.Read())
            {
                matches.Add(new PhotoParcelMatch(r.GetString(0), r.GetString(1), r.GetDouble(2), r.GetDouble(3)));
            }
        }

        var corrections = ReadCorrections(connection, tx, "photo_sha256 IN (SELECT value FROM json_each($s))", shas, "ORDER BY id");
        tx.Commit();
        var matchesBySha = matches.ToLookup(m => m.Sha256, StringComparer.Ordinal);
        var correctionsBySha = corrections.ToLookup(c => c.Sha256, StringComparer.Ordinal);
        return Task.FromResult<IReadOnlyList<PhotoRecord>>(
            photos.Select(p => new PhotoRecord(p, matchesBySha[p.Sha256].ToList(), correctionsBySha[p.Sha256].ToList())).ToList());
    }

    public Task<int> ImportAsync(IReadOnlyList<PhotoRecord> records, CancellationToken cancellationToken = default)
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
            return Task.FromResult(0);
        }

        using var connection = store.Connect();
        using var tx = connection.BeginTransaction(deferred: false);
        using var exists = Command(connection, tx, "SELECT 1 FROM photos WHERE sha256 = $s");
        using var insert = Command(connection, tx, $"INSERT INTO photos ({Columns}) VALUES ({string.Join(", ", ColumnNames.Select(c => "$" + c))})");
        using var match = Command(connection, tx, "INSERT INTO photo_parcels (photo_sha256, project_code, parcel_covered_share, photo_on_parcel_share) VALUES ($s, $p, $c, $o)");
        using var correction = Command(connection, tx, CorrectionInsertSql);
        var extent = new Envelope();
        foreach (var record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var photo = record.Photo;
            exists.Parameters.Clear();
            exists.Parameters.AddWithValue("$s", photo.Sha256);
            if (exists.ExecuteScalar() is not null)
            {
                throw new StoreException($"photo {photo.Sha256} is already stored in {store.Location}; nothing of the import was stored");
            }

            insert.Parameters.Clear();
            Bind(insert, photo);
            insert.ExecuteNonQuery();
            extent.ExpandToInclude(photo.Footprint.EnvelopeInternal);
            foreach (var m in record.Matches)
            {
                match.Parameters.Clear();
                match.Parameters.AddWithValue("$s", photo.Sha256);
                match.Parameters.AddWithValue("$p", m.ProjectCode);
                match.Parameters.AddWithValue("$c", m.ParcelCoveredShare);
                match.Parameters.AddWithValue("$o", m.PhotoOnParcelShare);
                match.ExecuteNonQuery();
            }

            foreach (var c in record.Corrections)
            {
                correction.Parameters.Clear();
                BindCorrection(correction, c with { Sha256 = photo.Sha256 });
                correction.ExecuteNonQuery();
            }
        }

        // The layer extent grows by the imported footprints' exact envelope (no scan of the whole R-tree).
        using (var contents = Command(connection, tx, """
            UPDATE gpkg_contents SET
              min_x = CASE WHEN min_x IS NULL OR $minx < min_x THEN $minx ELSE min_x END,
              max_x = CASE WHEN max_x IS NULL OR $maxx > max_x THEN $maxx ELSE max_x END,
              min_y = CASE WHEN min_y IS NULL OR $miny < min_y THEN $miny ELSE min_y END,
              max_y = CASE WHEN max_y IS NULL OR $maxy > max_y THEN $maxy ELSE max_y END,
              last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now')
            WHERE table_name = 'photos'
            """))
        {
            contents.Parameters.AddWithValue("$minx", extent.MinX);
            contents.Parameters.AddWithValue("$maxx", extent.MaxX);
            contents.Parameters.AddWithValue("$miny", extent.MinY);
            contents.Parameters.AddWithValue("$maxy", extent.MaxY);
            contents.ExecuteNonQuery();
        }

        tx.Commit();
        return Task.FromResult(records.Count);
    }

    public Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        using var connection = store.Connect();
        return Task.FromResult(Convert.ToInt64(Sql.Scalar(connection, null, "SELECT COUNT(*) FROM photos"), Ic));
    }

    public Task<IReadOnlyList<PhotoParcelMatch>> MatchesAsync(string sha256, CancellationToken cancellationToken = default)
    {
        using var connection = store.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT project_code, parcel_covered_share, photo_on_parcel_share FROM photo_parcels WHERE photo_sha256 = $s ORDER BY project_code";
        command.Parameters.AddWithValue("$s", sha256);
        using var r = command.ExecuteReader();
        var list = new List<PhotoParcelMatch>();
        while (r.Read())
        {
            list.Add(new PhotoParcelMatch(sha256, r.GetString(0), r.GetDouble(1), r.GetDouble(2)));
        }

        return Task.FromResult<IReadOnlyList<PhotoParcelMatch>>(list);
    }

    public Task AddCorrectionAsync(PhotoCorrectionRecord correction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(correction);
        using var connection = store.Connect();
        using var tx = connection.BeginTransaction(deferred: false);
        if (Sql.Scalar(connection, tx, "SELECT 1 FROM photos WHERE sha256 = $s", ("$s", correction.Sha256)) is null)
        {
            throw new StoreException($"no photo with sha256 {correction.Sha256} in the store; ingest it before correcting it");
        }

        using var insert = Command(connection, tx, CorrectionInsertSql);
        BindCorrection(insert, correction);
        insert.ExecuteNonQuery();
        tx.Commit();
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PhotoCorrectionRecord>> CorrectionsAsync(string sha256, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PhotoCorrectionRecord>>(ReadCorrections(sha256, "ORDER BY id"));

    public Task<PhotoCorrectionRecord?> LatestCorrectionAsync(string sha256, CancellationToken cancellationToken = default) =>
        Task.FromResult(ReadCorrections(sha256, "ORDER BY id DESC LIMIT 1").SingleOrDefault());

    private List<PhotoCorrectionRecord> ReadCorrections(string sha256, string order)
    {
        using var connection = store.Connect();
        return ReadCorrections(connection, null, "photo_sha256 = $s", sha256, order);
    }

    private static List<PhotoCorrectionRecord> ReadCorrections(SqliteConnection connection, SqliteTransaction? tx, string where, string parameter, string order)
    {
        using var command = Command(connection, tx, $"""
            SELECT model, matrix, origin_lat, origin_lon, pairs, rms_residual_m, max_residual_m, created_at, photo_sha256
            FROM photo_corrections WHERE {where} {order}
            """);
        command.Parameters.AddWithValue("$s", parameter);
        using var r = command.ExecuteReader();
        var list = new List<PhotoCorrectionRecord>();
        while (r.Read())
        {
            list.Add(new PhotoCorrectionRecord(
                r.GetString(8), r.GetString(0), JsonSerializer.Deserialize<double[]>(r.GetString(1)) ?? [], r.GetDouble(2), r.GetDouble(3), r.GetString(4),
                r.GetDouble(5), r.GetDouble(6), ParseTimestamp(r.GetString(7))));
        }

        return list;
    }

    public Task<bool> QuarantineAsync(QuarantinedFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var connection = store.Connect();
        using var tx = connection.BeginTransaction(deferred: false);
        using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = """
            INSERT OR IGNORE INTO photo_quarantine (sha256, file_name, size_bytes, reason, stored_path, quarantined_at)
            VALUES ($s, $n, $b, $r, $p, $t)
            """;
        insert.Parameters.AddWithValue("$s", file.Sha256);
        insert.Parameters.AddWithValue("$n", file.FileName);
        insert.Parameters.AddWithValue("$b", file.SizeBytes);
        insert.Parameters.AddWithValue("$r", file.Reason);
        insert.Parameters.AddWithValue("$p", file.StoredPath);
        insert.Parameters.AddWithValue("$t", Timestamp(file.QuarantinedAt));
        var added = insert.ExecuteNonQuery() > 0;
        tx.Commit();
        return Task.FromResult(added);
    }

    public Task<QuarantinedFile?> FindQuarantinedAsync(string sha256, CancellationToken cancellationToken = default) =>
        Task.FromResult(ReadQuarantine("WHERE sha256 = $s", sha256).SingleOrDefault());

    public Task<IReadOnlyList<QuarantinedFile>> ListQuarantineAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<QuarantinedFile>>(ReadQuarantine(string.Empty, null));

    private List<QuarantinedFile> ReadQuarantine(string where, string? sha256)
    {
        using var connection = store.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT sha256, file_name, size_bytes, reason, stored_path, quarantined_at FROM photo_quarantine {where} ORDER BY id DESC";
        if (sha256 is not null)
        {
            command.Parameters.AddWithValue("$s", sha256);
        }

        using var r = command.ExecuteReader();
        var list = new List<QuarantinedFile>();
        while (r.Read())
        {
            list.Add(new QuarantinedFile(r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetString(3), r.GetString(4), ParseTimestamp(r.GetString(5))));
        }

        return list;
    }

    private const string CorrectionInsertSql = """
        INSERT INTO photo_corrections (photo_sha256, model, matrix, origin_lat, origin_lon, pairs, rms_residual_m, max_residual_m, created_at)
        VALUES ($s, $model, $matrix, $lat, $lon, $pairs, $rms, $max, $at)
        """;

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? tx, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return command;
    }

    private static void BindCorrection(SqliteCommand insert, PhotoCorrectionRecord correction)
    {
        insert.Parameters.AddWithValue("$s", correction.Sha256);
        insert.Parameters.AddWithValue("$model", correction.Model);
        insert.Parameters.AddWithValue("$matrix", JsonSerializer.Serialize(correction.Matrix));
        insert.Parameters.AddWithValue("$lat", correction.FrameOriginLatDeg);
        insert.Parameters.AddWithValue("$lon", correction.FrameOriginLonDeg);
        insert.Parameters.AddWithValue("$pairs", correction.PairsJson);
        insert.Parameters.AddWithValue("$rms", correction.RmsResidualM);
        insert.Parameters.AddWithValue("$max", correction.MaxResidualM);
        insert.Parameters.AddWithValue("$at", Timestamp(correction.CreatedAt));
    }

    private static void Bind(SqliteCommand c, StoredPhoto p)
    {
        var footprint = (Polygon)p.Footprint.Copy();
        footprint.SRID = 4490;
        object Null(object? v) => v ?? DBNull.Value;
        c.Parameters.AddWithValue("$geom", GpkgBlob.Encode(footprint));
        c.Parameters.AddWithValue("$sha256", p.Sha256);
        c.Parameters.AddWithValue("$file_name", p.FileName);
        c.Parameters.AddWithValue("$size_bytes", p.SizeBytes);
        c.Parameters.AddWithValue("$stored_path", p.StoredPath);
        c.Parameters.AddWithValue("$status", p.Status);
        c.Parameters.AddWithValue("$warnings", JsonSerializer.Serialize(p.Warnings));
        c.Parameters.AddWithValue("$make", Null(p.Make));
        c.Parameters.AddWithValue("$model", Null(p.Model));
        c.Parameters.AddWithValue("$captured_at", Null(p.CapturedAt?.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", Ic)));
        c.Parameters.AddWithValue("$month", Null(p.Month?.ToString()));
        c.Parameters.AddWithValue("$project_code", Null(p.ProjectCode));
        c.Parameters.AddWithValue("$lat", p.LatitudeDeg);
        c.Parameters.AddWithValue("$lon", p.LongitudeDeg);
        c.Parameters.AddWithValue("$height_m", p.HeightAboveGroundM);
        c.Parameters.AddWithValue("$yaw_deg", p.YawDeg);
        c.Parameters.AddWithValue("$pitch_deg", p.PitchDeg);
        c.Parameters.AddWithValue("$roll_deg", p.RollDeg);
        c.Parameters.AddWithValue("$width_px", p.WidthPx);
        c.Parameters.AddWithValue("$height_px", p.HeightPx);
        c.Parameters.AddWithValue("$focal_px", p.FocalLengthPx);
        c.Parameters.AddWithValue("$cx_px", p.PrincipalPointXPx);
        c.Parameters.AddWithValue("$cy_px", p.PrincipalPointYPx);
        c.Parameters.AddWithValue("$intrinsics_source", p.IntrinsicsSource);
        c.Parameters.AddWithValue("$gsd_cm", p.GsdCm);
        c.Parameters.AddWithValue("$accuracy_m", p.AccuracyM);
        c.Parameters.AddWithValue("$ground_offset_m", p.GroundOffsetM);
        c.Parameters.AddWithValue("$metadata_json", p.MetadataJson);
        c.Parameters.AddWithValue("$ingested_at", Timestamp(p.IngestedAt));
    }

    private static List<StoredPhoto> Query(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        Query(connection, null, sql, parameters);

    private static List<StoredPhoto> Query(SqliteConnection connection, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, tx, sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var list = new List<StoredPhoto>();
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            list.Add(Read(r));
        }

        return list;
    }

    private static StoredPhoto Read(SqliteDataReader r)
    {
        var footprint = (Polygon)GpkgBlob.Decode((byte[])r[0]);
        footprint.SRID = 4490;
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        return new StoredPhoto
        {
            Footprint = footprint,
            Sha256 = r.GetString(1),
            FileName = r.GetString(2),
            SizeBytes = r.GetInt64(3),
            StoredPath = r.GetString(4),
            Status = r.GetString(5),
            Warnings = JsonSerializer.Deserialize<List<string>>(r.GetString(6)) ?? [],
            Make = S(7),
            Model = S(8),
            CapturedAt = S(9) is { } t ? DateTimeOffset.Parse(t, Ic) : null,
            Month = S(10) is { } m ? YearMonth.Parse(m) : null,
            ProjectCode = S(11),
            LatitudeDeg = r.GetDouble(12),
            LongitudeDeg = r.GetDouble(13),
            HeightAboveGroundM = r.GetDouble(14),
            YawDeg = r.GetDouble(15),
            PitchDeg = r.GetDouble(16),
            RollDeg = r.GetDouble(17),
            WidthPx = r.GetInt32(18),
            HeightPx = r.GetInt32(19),
            FocalLengthPx = r.GetDouble(20),
            PrincipalPointXPx = r.GetDouble(21),
            PrincipalPointYPx = r.GetDouble(22),
            IntrinsicsSource = r.GetString(23),
            GsdCm = r.GetDouble(24),
            AccuracyM = r.GetDouble(25),
            GroundOffsetM = r.GetDouble(26),
            MetadataJson = r.GetString(27),
            IngestedAt = ParseTimestamp(r.GetString(28)),
        };
    }

    private static string Timestamp(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", Ic);

    private static DateTimeOffset ParseTimestamp(string s) => DateTimeOffset.Parse(s, Ic, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
