using System.Data;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Units;
using ProjectMap.Geodesy.Measures;
using ProjectMap.Storage.PostGis.Connection;

namespace ProjectMap.Storage.PostGis.Projects;

/// <summary>
/// Projects in the PostGIS <c>projects</c> table. Every write is one READ COMMITTED transaction run by the store's
/// <see cref="TransactionRunner"/>; the unique index on <c>code</c> guards against concurrent writers, and a unique
/// violation makes the transaction run again so its own duplicate check reports the code. Codes sort in the "C"
/// collation, which is ordinal for the ASCII codes allow.
/// </summary>
internal sealed class PostGisProjectRepository(TransactionRunner runner) : IProjectRepository
{
    private const int InsertBatchSize = 500;

    private const string Columns =
        "code, name, name_en, park, location, industry, planned_investment_wan, building_floor_area_m2, declared_area_mu, " +
        "area_m2, area_mu, start_date, planned_completion, stage, photovoltaic_kwp, buildings, geom";

    private static readonly string InsertSql =
        $"INSERT INTO projects ({Columns}) VALUES ({string.Join(", ", Enumerable.Range(1, 17).Select(i => "$" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))})";

    private static readonly string UpdateSql =
        "UPDATE projects SET " +
        string.Join(", ", Columns.Split(", ").Select((c, i) => $"{c} = ${(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}").Skip(1)) +
        ", updated_at = now() WHERE code = $1";

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4490);

    public async Task<IReadOnlyList<Project>> ListAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync($"SELECT {Columns} FROM projects ORDER BY code", [], cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<Project>> ListPageAsync(ProjectCode? after, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return await QueryAsync(
            $"SELECT {Columns} FROM projects WHERE $1::text IS NULL OR code > $1 ORDER BY code LIMIT $2",
            [Text(after?.Value), new NpgsqlParameter { Value = limit, NpgsqlDbType = NpgsqlDbType.Integer }],
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<Project?> FindAsync(ProjectCode code, CancellationToken cancellationToken = default) =>
        (await QueryAsync($"SELECT {Columns} FROM projects WHERE code = $1", [Text(code.Value)], cancellationToken).ConfigureAwait(false))
        .SingleOrDefault();

    public async Task<IReadOnlyList<Project>> FindInEnvelopeAsync(Envelope lonLat, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lonLat);
        if (lonLat.IsNull)
        {
            return [];
        }

        // && finds candidates through the GiST index, whose float32 boxes are rounded outwards; the exact test on the
        // parcel's double-precision extent (ST_XMin… compute it from the coordinates) decides, as in the GeoPackage store.
        return await QueryAsync(
            $"""
            SELECT {Columns} FROM projects
            WHERE geom && ST_MakeEnvelope($1, $2, $3, $4, 4490)
              AND ST_XMin(geom) <= $3 AND ST_XMax(geom) >= $1 AND ST_YMin(geom) <= $4 AND ST_YMax(geom) >= $2
            ORDER BY code
            """,
            [Number(lonLat.MinX), Number(lonLat.MinY), Number(lonLat.MaxX), Number(lonLat.MaxY)],
            cancellationToken).ConfigureAwait(false);
    }

    public async Task AddAsync(IReadOnlyList<Project> projects, CancellationToken cancellationToken = default)
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

        if (projects.Count == 0)
        {
            return;
        }

        var rows = projects.Select(p => (Code: p.Code.Value, Values: Values(p))).ToList();
        await runner.RunAsync(
            IsolationLevel.ReadCommitted,
            async (connection, tx, ct) =>
            {
                await using (var check = new NpgsqlCommand("SELECT code FROM projects WHERE code = ANY($1)", connection, tx))
                {
                    check.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Code).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                    var existing = new HashSet<string>(StringComparer.Ordinal);
                    await using var reader = await check.ExecuteReaderAsync(ct).ConfigureAwait(false);
                    while (await reader.ReadAsync(ct).ConfigureAwait(false))
                    {
                        existing.Add(reader.GetString(0));
                    }

                    if (rows.FirstOrDefault(r => existing.Contains(r.Code)) is { Code: not null } duplicate)
                    {
                        throw new DuplicateProjectException(duplicate.Code);
                    }
                }

                foreach (var chunk in rows.Chunk(InsertBatchSize))
                {
                    await using var insert = new NpgsqlBatch(connection, tx);
                    foreach (var row in chunk)
                    {
                        var command = new NpgsqlBatchCommand(InsertSql);
                        command.Parameters.AddRange(row.Values());
                        insert.BatchCommands.Add(command);
                    }

                    await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }
            },
            cancellationToken,
            retryAlso: e => e.SqlState == RetryPolicy.UniqueViolation).ConfigureAwait(false);
    }

    public async Task UpdateAsync(Project project, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        var values = Values(project);
        await runner.RunAsync(
            IsolationLevel.ReadCommitted,
            async (connection, tx, ct) =>
            {
                await using var update = new NpgsqlCommand(UpdateSql, connection, tx);
                update.Parameters.AddRange(values());
                if (await update.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 0)
                {
                    throw new ProjectNotFoundException(project.Code.Value);
                }
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A factory of the 17 positional parameters of a project (fresh parameter objects per command, as Npgsql requires).</summary>
    private static Func<NpgsqlParameter[]> Values(Project p)
    {
        var parcel = (MultiPolygon)p.Parcel.Copy();
        parcel.SRID = 4490;
        var areaM2 = parcel.IsEmpty ? 0 : ParcelArea.SquareMetres(parcel);
        var buildings = BuildingJson.Serialize(p.Buildings);
        return () =>
        [
            Text(p.Code.Value),
            Text(p.NameZh),
            Text(p.NameEn),
            Text(p.Park),
            Text(p.Location),
            Text(p.Industry),
            new() { Value = p.PlannedInvestmentWan, NpgsqlDbType = NpgsqlDbType.Numeric },
            Number(p.BuildingFloorAreaM2),
            Number(p.DeclaredLandAreaMu),
            Number(areaM2),
            Number(AreaUnits.SquareMetresToMu(areaM2)),
            Day(p.StartDate),
            Day(p.PlannedCompletion),
            Text(p.Stage),
            Number(p.PhotovoltaicKwp),
            new() { Value = buildings, NpgsqlDbType = NpgsqlDbType.Jsonb },
            new() { Value = parcel, DataTypeName = "geometry" },
        ];
    }

    private static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    private static NpgsqlParameter Number(double? value) => new() { Value = value.HasValue ? value.Value : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Double };

    private static NpgsqlParameter Day(DateOnly? value) => new() { Value = value.HasValue ? value.Value : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Date };

    private async Task<List<Project>> QueryAsync(string sql, NpgsqlParameter[] parameters, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await runner.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddRange(parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var list = new List<Project>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                list.Add(Read(reader));
            }

            return list;
        }
        catch (PostgresException e)
        {
            throw new StoreException($"PostgreSQL refused a project query: {e.MessageText} (SQLSTATE {e.SqlState})", e);
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"lost the connection to PostgreSQL while reading projects: {e.Message}", e);
        }
    }

    private static Project Read(NpgsqlDataReader r)
    {
        var parcel = r.GetFieldValue<Geometry>(16) switch
        {
            MultiPolygon mp => mp,
            Polygon p => Factory.CreateMultiPolygon([p]),
            _ => Factory.CreateMultiPolygon(),
        };
        parcel.SRID = 4490;
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        double? D(int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
        DateOnly? Day(int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);
        return new Project
        {
            Code = ProjectCode.Parse(r.GetString(0)),
            NameZh = r.GetString(1),
            NameEn = S(2),
            Park = r.GetString(3),
            Location = r.GetString(4),
            Industry = r.GetString(5),
            PlannedInvestmentWan = r.GetDecimal(6),
            BuildingFloorAreaM2 = D(7),
            DeclaredLandAreaMu = D(8),
            StartDate = Day(11),
            PlannedCompletion = Day(12),
            Stage = r.GetString(13),
            PhotovoltaicKwp = D(14),
            Buildings = BuildingJson.Deserialize(r.GetString(15)),
            Parcel = parcel,
        };
    }
}
