using System.Globalization;
using Npgsql;
using ProjectMap.Application.Storage;

namespace ProjectMap.Storage.PostGis.Schema;

/// <summary>
/// The PostGIS store's schema as forward-only steps applied in list order. A step is never edited once released:
/// changes are new steps appended at the end. Applied steps are recorded in pm_schema_migrations. Every step runs
/// in its own transaction under a database-wide advisory lock, so several processes opening a new database at once
/// apply each step exactly once. Geometry columns are SRID 4490 (CGCS2000 lon/lat, X = longitude) with GiST indexes.
/// </summary>
public static class PostGisMigrations
{
    /// <summary>The advisory lock key every migrating process takes (an arbitrary constant: "PMAP" in ASCII).</summary>
    public const long AdvisoryLockKey = 0x504D4150;

    /// <summary>Every step, oldest first.</summary>
    public static IReadOnlyList<PostGisMigration> All { get; } =
    [
        new("0001-postgis", "PostGIS extension (geometry type, GiST operators, EPSG:4490 in spatial_ref_sys)", """
            CREATE EXTENSION IF NOT EXISTS postgis;
            DO $$ BEGIN
              IF NOT EXISTS (SELECT 1 FROM spatial_ref_sys WHERE srid = 4490) THEN
                RAISE EXCEPTION 'spatial_ref_sys has no SRID 4490 (CGCS2000); PostGIS is incomplete';
              END IF;
            END $$;
            """),
        new("0002-projects", "projects table (MULTIPOLYGON, SRID 4490, GiST index; money as numeric 万元)", """
            CREATE TABLE projects (
              id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
              code text COLLATE "C" NOT NULL UNIQUE,
              name text NOT NULL,
              name_en text,
              park text NOT NULL DEFAULT '',
              location text NOT NULL DEFAULT '',
              industry text NOT NULL DEFAULT '',
              planned_investment_wan numeric NOT NULL DEFAULT 0,
              building_floor_area_m2 double precision,
              declared_area_mu double precision,
              area_m2 double precision NOT NULL DEFAULT 0,
              area_mu double precision NOT NULL DEFAULT 0,
              start_date date,
              planned_completion date,
              stage text NOT NULL DEFAULT '',
              photovoltaic_kwp double precision,
              buildings jsonb NOT NULL DEFAULT '[]',
              updated_at timestamptz NOT NULL DEFAULT now(),
              geom geometry(MultiPolygon, 4490) NOT NULL);
            CREATE INDEX projects_geom_gist ON projects USING gist (geom);
            COMMENT ON TABLE projects IS 'District key projects (重点项目) and their land parcels, CGCS2000 lon/lat';
            COMMENT ON COLUMN projects.planned_investment_wan IS 'planned total investment in 万元 (10^4 yuan)';
            COMMENT ON COLUMN projects.area_m2 IS 'parcel area on the ellipsoid in square metres, computed on write';
            COMMENT ON COLUMN projects.declared_area_mu IS 'declared land area in 亩 (1 亩 = 10000/15 m²)';
            """),
        new("0100-photos", "photos (footprint POLYGON, SRID 4490, GiST), photo_parcels, photo_corrections, photo_quarantine", """
            CREATE TABLE photos (
              fid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
              sha256 text COLLATE "C" NOT NULL UNIQUE,
              file_name text NOT NULL,
              size_bytes bigint NOT NULL,
              stored_path text NOT NULL,
              status text NOT NULL,
              warnings jsonb NOT NULL DEFAULT '[]',
              make text,
              model text,
              captured_at text,
              captured_instant timestamptz,
              month text,
              project_code text COLLATE "C",
              lat double precision NOT NULL,
              lon double precision NOT NULL,
              height_m double precision NOT NULL,
              yaw_deg double precision NOT NULL,
              pitch_deg double precision NOT NULL,
              roll_deg double precision NOT NULL,
              width_px integer NOT NULL,
              height_px integer NOT NULL,
              focal_px double precision NOT NULL,
              cx_px double precision NOT NULL,
              cy_px double precision NOT NULL,
              intrinsics_source text NOT NULL,
              gsd_cm double precision NOT NULL,
              accuracy_m double precision NOT NULL,
              ground_offset_m double precision NOT NULL,
              metadata_json text NOT NULL,
              ingested_at timestamptz NOT NULL,
              geom geometry(Polygon, 4490) NOT NULL);
            CREATE INDEX photos_geom_gist ON photos USING gist (geom);
            CREATE INDEX photos_project_month ON photos (project_code, month);
            CREATE INDEX photos_month ON photos (month);
            CREATE TABLE photo_parcels (
              photo_sha256 text COLLATE "C" NOT NULL REFERENCES photos (sha256) ON DELETE CASCADE,
              project_code text COLLATE "C" NOT NULL,
              parcel_covered_share double precision NOT NULL,
              photo_on_parcel_share double precision NOT NULL,
              PRIMARY KEY (photo_sha256, project_code));
            CREATE INDEX photo_parcels_project ON photo_parcels (project_code);
            CREATE TABLE photo_corrections (
              id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
              photo_sha256 text COLLATE "C" NOT NULL REFERENCES photos (sha256) ON DELETE CASCADE,
              model text NOT NULL,
              matrix jsonb NOT NULL,
              origin_lat double precision NOT NULL,
              origin_lon double precision NOT NULL,
              pairs text NOT NULL,
              rms_residual_m double precision NOT NULL,
              max_residual_m double precision NOT NULL,
              created_at timestamptz NOT NULL);
            CREATE INDEX photo_corrections_photo ON photo_corrections (photo_sha256, id);
            CREATE TABLE photo_quarantine (
              id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
              sha256 text COLLATE "C" NOT NULL UNIQUE,
              file_name text NOT NULL,
              size_bytes bigint NOT NULL,
              reason text NOT NULL,
              stored_path text NOT NULL,
              quarantined_at timestamptz NOT NULL);
            COMMENT ON TABLE photos IS 'Drone photo footprints (航拍), CGCS2000 lon/lat, with pose, camera, month and project';
            """),
        new("0200-ledger", "progress ledger: milestone template, milestones and change log, investment returns, annual plans (append-only)", """
            CREATE TABLE ledger_milestone_template (
              ordinal integer PRIMARY KEY,
              step_key text COLLATE "C" NOT NULL UNIQUE,
              name_zh text NOT NULL,
              name_en text NOT NULL,
              weight numeric NOT NULL);
            INSERT INTO ledger_milestone_template (ordinal, step_key, name_zh, name_en, weight) VALUES
              (0, 'signing', '签约', 'Contract signed', 5),
              (1, 'land', '供地', 'Land supplied', 10),
              (2, 'start', '开工', 'Construction started', 15),
              (3, 'topping-out', '主体结构封顶', 'Structure topped out', 25),
              (4, 'fit-out', '内部装修', 'Interior fit-out', 15),
              (5, 'commissioning', '设备安装调试', 'Equipment installation and commissioning', 15),
              (6, 'acceptance', '竣工验收', 'Completion acceptance', 10),
              (7, 'production', '投产', 'Production started', 5);
            CREATE TABLE ledger_milestones (
              id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
              project_code text COLLATE "C" NOT NULL REFERENCES projects(code),
              step_key text COLLATE "C" NOT NULL,
              ordinal integer NOT NULL,
              name_zh text NOT NULL,
              name_en text NOT NULL,
              baseline_weight numeric NOT NULL,
              baseline_applicable boolean NOT NULL,
              weight numeric NOT NULL,
              applicable boolean NOT NULL,
              planned_date date,
              forecast_date date,
              actual_date date,
              created_at timestamptz NOT NULL DEFAULT now(),
              updated_at timestamptz NOT NULL DEFAULT now(),
              UNIQUE (project_code, step_key));
            CREATE TABLE ledger_milestone_changes (
              id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
              project_code text COLLATE "C" NOT NULL,
              step_key text COLLATE "C" NOT NULL,
              field text NOT NULL,
              old_value text,
              new_value text,
              reason text NOT NULL DEFAULT '',
              changed_by text NOT NULL,
              recorded_at text NOT NULL,
              effective_at text NOT NULL,
              FOREIGN KEY (project_code, step_key) REFERENCES ledger_milestones(project_code, step_key));
            CREATE INDEX ledger_milestone_changes_project ON ledger_milestone_changes(project_code, step_key);
            CREATE TABLE ledger_investment (
              seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
              id uuid PRIMARY KEY,
              project_code text COLLATE "C" NOT NULL REFERENCES projects(code),
              month text NOT NULL,
              amount_wan numeric NOT NULL CHECK (amount_wan >= 0),
              corrects_id uuid UNIQUE REFERENCES ledger_investment(id),
              reason text NOT NULL DEFAULT '',
              recorded_by text NOT NULL,
              recorded_at text NOT NULL,
              effective_at text NOT NULL);
            CREATE UNIQUE INDEX ledger_investment_first ON ledger_investment(project_code, month) WHERE corrects_id IS NULL;
            CREATE TABLE ledger_annual_plans (
              seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
              id uuid PRIMARY KEY,
              project_code text COLLATE "C" NOT NULL REFERENCES projects(code),
              year integer NOT NULL,
              plan_wan numeric NOT NULL CHECK (plan_wan >= 0),
              corrects_id uuid UNIQUE REFERENCES ledger_annual_plans(id),
              reason text NOT NULL DEFAULT '',
              recorded_by text NOT NULL,
              recorded_at text NOT NULL,
              effective_at text NOT NULL);
            CREATE UNIQUE INDEX ledger_annual_plans_first ON ledger_annual_plans(project_code, year) WHERE corrects_id IS NULL;
            COMMENT ON TABLE ledger_milestone_changes IS 'Milestone change log (里程碑变更); instants are UTC ISO 8601 text with 100 ns precision';
            COMMENT ON TABLE ledger_investment IS 'Monthly investment returns (月度完成投资) in 万元; corrections reference the entry they correct, nothing is updated';
            COMMENT ON TABLE ledger_annual_plans IS 'Annual investment plans (年度计划投资) in 万元; revisions reference the plan they revise';
            """),
        new("0300-users", "web viewer users (role, password hash) and officers' project assignments", """
            CREATE TABLE access_users (
              name_key text COLLATE "C" PRIMARY KEY,
              name text NOT NULL,
              display_name text,
              role text NOT NULL CHECK (role IN ('leader', 'officer', 'admin')),
              password_hash text NOT NULL,
              disabled boolean NOT NULL DEFAULT false,
              created_at timestamptz NOT NULL,
              updated_at timestamptz NOT NULL);
            CREATE TABLE access_user_projects (
              name_key text COLLATE "C" NOT NULL REFERENCES access_users (name_key),
              project_code text COLLATE "C" NOT NULL REFERENCES projects (code),
              PRIMARY KEY (name_key, project_code));
            COMMENT ON TABLE access_users IS 'Web viewer users (用户): role leader/officer/admin, salted PBKDF2 password hash';
            COMMENT ON TABLE access_user_projects IS 'Projects each officer may edit (项目分配)';
            """),
        new("0301-audit-log", "append-only audit log of write attempts", """
            CREATE TABLE audit_log (
              id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
              at timestamptz NOT NULL,
              user_name text,
              action text NOT NULL,
              target text NOT NULL DEFAULT '',
              outcome text NOT NULL CHECK (outcome IN ('done', 'refused', 'failed')),
              detail text NOT NULL DEFAULT '',
              source text NOT NULL DEFAULT '');
            CREATE INDEX audit_log_user ON audit_log (user_name, id);
            CREATE INDEX audit_log_target ON audit_log (target, id);
            COMMENT ON TABLE audit_log IS 'Audit log of write attempts (操作日志): who, when, what, outcome';
            """),
        new("1000-store-settings", "installation settings every process shares (where photo originals are kept)", """
            CREATE TABLE pm_settings (
              key text COLLATE "C" PRIMARY KEY,
              value text NOT NULL,
              updated_at timestamptz NOT NULL DEFAULT now());
            COMMENT ON TABLE pm_settings IS 'ProjectMap installation settings shared by every server, e.g. photo-files-root';
            """),
        new("1001-ledger-project-indexes", "indexes to read one project's investment returns and annual plans without scanning the tables", """
            CREATE INDEX ledger_investment_project ON ledger_investment (project_code, seq);
            CREATE INDEX ledger_annual_plans_project ON ledger_annual_plans (project_code, seq);
            """),
        new("1002-photos-month-footprint-index", "GiST index on (month, footprint) so the viewer's one-month footprint query reads only that month's footprints in the box", """
            -- btree_gist lets a GiST index key on the month text beside the geometry; it ships with PostgreSQL and is a
            -- trusted extension, so the database owner may create it. Measured on 1,000,000 footprints over 24 months:
            -- a zoom-14 viewport for one month went from intersecting two bitmaps of ~40,000 rows each to ~1,600 index hits.
            CREATE EXTENSION IF NOT EXISTS btree_gist;
            CREATE INDEX photos_month_geom_gist ON photos USING gist (month, geom);
            """),
        new("1003-ledger-changes-effective-index", "index delivering the milestone changes in the order a status applies them (project, step, effective instant bytewise, recording order)", """
            CREATE INDEX ledger_milestone_changes_effective ON ledger_milestone_changes (project_code, step_key, effective_at COLLATE "C", id);
            """),
    ];

    /// <summary>
    /// Applies every step not yet recorded and returns the number applied in total; throws <see cref="StoreException"/>
    /// when the database records a step this build does not know (it was migrated by a newer ProjectMap).
    /// </summary>
    public static async Task<int> ApplyAsync(NpgsqlConnection connection, string location, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await InTransactionAsync(connection, cancellationToken, async tx => await ExecuteAsync(connection, tx, """
            CREATE TABLE IF NOT EXISTS pm_schema_migrations (
              id text PRIMARY KEY,
              ordinal integer NOT NULL,
              description text NOT NULL,
              applied_at timestamptz NOT NULL DEFAULT now());
            """, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);

        var applied = await AppliedAsync(connection, null, cancellationToken).ConfigureAwait(false);
        var unknown = applied.Except(All.Select(m => m.Id), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new StoreException(
                $"PostgreSQL store {location} has schema steps this ProjectMap does not know ({string.Join(", ", unknown)}); it was set up by a newer version");
        }

        foreach (var (migration, index) in All.Select((m, i) => (m, i)))
        {
            if (applied.Contains(migration.Id))
            {
                continue;
            }

            await InTransactionAsync(connection, cancellationToken, async tx =>
            {
                var now = await AppliedAsync(connection, tx, cancellationToken).ConfigureAwait(false);
                if (now.Contains(migration.Id))
                {
                    return; // another process applied it while this one waited for the lock
                }

                await migration.ApplyAsync(connection, tx, cancellationToken).ConfigureAwait(false);
                await using var record = new NpgsqlCommand(
                    "INSERT INTO pm_schema_migrations (id, ordinal, description) VALUES (@id, @ordinal, @description)", connection, tx);
                record.Parameters.AddWithValue("id", migration.Id);
                record.Parameters.AddWithValue("ordinal", index + 1);
                record.Parameters.AddWithValue("description", migration.Description);
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }

        return (await AppliedAsync(connection, null, cancellationToken).ConfigureAwait(false)).Count;
    }

    /// <summary>True when the database already has the migrations table, i.e. ProjectMap set it up before.</summary>
    public static async Task<bool> IsInitialisedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = new NpgsqlCommand("SELECT to_regclass('pm_schema_migrations') IS NOT NULL", connection);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task InTransactionAsync(NpgsqlConnection connection, CancellationToken cancellationToken, Func<NpgsqlTransaction, Task> body)
    {
        await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, tx, string.Create(CultureInfo.InvariantCulture, $"SELECT pg_advisory_xact_lock({AdvisoryLockKey})"), cancellationToken)
            .ConfigureAwait(false);
        await body(tx).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<HashSet<string>> AppliedAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT id FROM pm_schema_migrations", connection, tx);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
