using System.Globalization;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Projects;
using ProjectMap.Geodesy.Measures;
using ProjectMap.Storage.GeoPackage.Schema;

namespace ProjectMap.Storage.GeoPackage.Projects;

/// <summary>Projects in the GeoPackage <c>projects</c> feature table; every write is one immediate transaction.</summary>
internal sealed class GeoPackageProjectRepository(GeoPackageStore store) : IProjectRepository
{
    private const string Columns =
        "geom, code, name, name_en, park, location, industry, planned_investment_wan, building_floor_area_m2, declared_area_mu, " +
        "area_m2, area_mu, start_date, planned_completion, stage, photovoltaic_kwp, buildings, updated_at";

    private static readonly string[] ColumnNames = Columns.Split(", ");

    public Task<IReadOnlyList<Project>> ListAsync(CancellationToken cancellationToken = default)
    {
        using var connection = store.Connect();
        return Task.FromResult<IReadOnlyList<Project>>(Query(connection, $"SELECT {Columns} FROM projects ORDER BY code"));
    }

    public Task<IReadOnlyList<Project>> ListPageAsync(ProjectCode? after, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        using var connection = store.Connect();
        return Task.FromResult<IReadOnlyList<Project>>(Query(
            connection, $"SELECT {Columns} FROM projects WHERE $after IS NULL OR code > $after ORDER BY code LIMIT $limit",
            ("$after", (object?)after?.Value ?? DBNull.Value), ("$limit", limit)));
    }

    public Task<Project?> FindAsync(ProjectCode code, CancellationToken cancellationToken = default)
    {
        using var connection = store.Connect();
        return Task.FromResult(Query(connection, $"SELECT {Columns} FROM projects WHERE code = $code", ("$code", code.Value)).SingleOrDefault());
    }

    public Task<IReadOnlyList<Project>> FindInEnvelopeAsync(Envelope lonLat, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lonLat);
        // The R-tree holds float32 boxes rounded outwards: it narrows the search, the exact envelope test decides.
        using var connection = store.Connect();
        var sql = $"""
            SELECT {Columns} FROM projects WHERE fid IN (
              SELECT id FROM rtree_projects_geom WHERE minx <= $maxx AND maxx >= $minx AND miny <= $maxy AND maxy >= $miny)
              AND ST_MinX(geom) <= $maxx AND ST_MaxX(geom) >= $minx AND ST_MinY(geom) <= $maxy AND ST_MaxY(geom) >= $miny
            ORDER BY code
            """;
        return Task.FromResult<IReadOnlyList<Project>>(Query(
            connection, sql, ("$minx", lonLat.MinX), ("$maxx", lonLat.MaxX), ("$miny", lonLat.MinY), ("$maxy", lonLat.MaxY)));
    }

    public Task AddAsync(IReadOnlyList<Project> projects, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(projects);
        var batch = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in projects)
        {
            if (!batch.Add(p.Code.Value))
            {
                throw new DuplicateProjectException(p.Code.Value);
            }
        }

        using var connection = store.Connect();
        using var tx = connection.BeginTransaction(deferred: false);
        foreach (var p in projects)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Sql.Scalar(connection, tx, "SELECT 1 FROM projects WHERE code = $code", ("$code", p.Code.Value)) is not null)
            {
                throw new DuplicateProjectException(p.Code.Value);
            }

            using var insert = connection.CreateCommand();
            insert.Transaction = tx;
            insert.CommandText = $"INSERT INTO projects ({Columns}) VALUES ({string.Join(", ", ColumnNames.Select(c => "$" + c))})";
            Bind(insert, p);
            insert.ExecuteNonQuery();
        }

        UpdateContentsExtent(connection, tx);
        tx.Commit();
        return Task.CompletedTask;
    }

    public Task UpdateAsync(Project project, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        using var connection = store.Connect();
        using var tx = connection.BeginTransaction(deferred: false);
        using var update = connection.CreateCommand();
        update.Transaction = tx;
        update.CommandText = $"UPDATE projects SET {string.Join(", ", ColumnNames.Select(c => $"{c} = ${c}"))} WHERE code = $code";
        Bind(update, project);
        if (update.ExecuteNonQuery() == 0)
        {
            throw new ProjectNotFoundException(project.Code.Value);
        }

        UpdateContentsExtent(connection, tx);
        tx.Commit();
        return Task.CompletedTask;
    }

    private static void Bind(SqliteCommand command, Project p)
    {
        var parcel = (MultiPolygon)p.Parcel.Copy();
        parcel.SRID = 4490;
        var areaM2 = parcel.IsEmpty ? 0 : ParcelArea.SquareMetres(parcel);
        object Nullable<T>(T? v)
            where T : struct => v.HasValue ? v.Value : DBNull.Value;
        command.Parameters.AddWithValue("$geom", GpkgBlob.Encode(parcel));
        command.Parameters.AddWithValue("$code", p.Code.Value);
        command.Parameters.AddWithValue("$name", p.NameZh);
        command.Parameters.AddWithValue("$name_en", (object?)p.NameEn ?? DBNull.Value);
        command.Parameters.AddWithValue("$park", p.Park);
        command.Parameters.AddWithValue("$location", p.Location);
        command.Parameters.AddWithValue("$industry", p.Industry);
        command.Parameters.AddWithValue("$planned_investment_wan", (double)p.PlannedInvestmentWan);
        command.Parameters.AddWithValue("$building_floor_area_m2", Nullable(p.BuildingFloorAreaM2));
        command.Parameters.AddWithValue("$declared_area_mu", Nullable(p.DeclaredLandAreaMu));
        command.Parameters.AddWithValue("$area_m2", areaM2);
        command.Parameters.AddWithValue("$area_mu", Domain.Units.AreaUnits.SquareMetresToMu(areaM2));
        command.Parameters.AddWithValue("$start_date", p.StartDate is { } s ? s.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value);
        command.Parameters.AddWithValue("$planned_completion", p.PlannedCompletion is { } c ? c.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value);
        command.Parameters.AddWithValue("$stage", p.Stage);
        command.Parameters.AddWithValue("$photovoltaic_kwp", Nullable(p.PhotovoltaicKwp));
        command.Parameters.AddWithValue("$buildings", BuildingJson.Serialize(p.Buildings));
        command.Parameters.AddWithValue("$updated_at", DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
    }

    private static List<Project> Query(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var list = new List<Project>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(Read(reader));
        }

        return list;
    }

    private static Project Read(SqliteDataReader r)
    {
        var geometry = r.IsDBNull(0) ? null : GpkgBlob.Decode((byte[])r[0]);
        var factory = new GeometryFactory(new PrecisionModel(), 4490);
        var parcel = geometry switch
        {
            MultiPolygon mp => mp,
            Polygon p => factory.CreateMultiPolygon([p]),
            _ => factory.CreateMultiPolygon(),
        };
        parcel.SRID = 4490;
        double? D(int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
        DateOnly? Day(int i) => r.IsDBNull(i) ? null : DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new Project
        {
            Parcel = parcel,
            Code = ProjectCode.Parse(r.GetString(1)),
            NameZh = r.GetString(2),
            NameEn = r.IsDBNull(3) ? null : r.GetString(3),
            Park = r.GetString(4),
            Location = r.GetString(5),
            Industry = r.GetString(6),
            PlannedInvestmentWan = (decimal)r.GetDouble(7),
            BuildingFloorAreaM2 = D(8),
            DeclaredLandAreaMu = D(9),
            StartDate = Day(12),
            PlannedCompletion = Day(13),
            Stage = r.GetString(14),
            PhotovoltaicKwp = D(15),
            Buildings = BuildingJson.Deserialize(r.GetString(16)),
        };
    }

    // The R-tree keeps 32-bit floats rounded outwards; the layer extent is computed from the geometries exactly.
    private static void UpdateContentsExtent(SqliteConnection connection, SqliteTransaction tx) => Sql.Execute(connection, tx, """
        UPDATE gpkg_contents SET
          min_x = (SELECT MIN(ST_MinX(geom)) FROM projects), max_x = (SELECT MAX(ST_MaxX(geom)) FROM projects),
          min_y = (SELECT MIN(ST_MinY(geom)) FROM projects), max_y = (SELECT MAX(ST_MaxY(geom)) FROM projects),
          last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now')
        WHERE table_name = 'projects';
        """);
}
