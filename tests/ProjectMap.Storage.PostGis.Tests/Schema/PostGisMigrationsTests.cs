using ProjectMap.Application.Storage;
using ProjectMap.Storage.Contract.Tests;
using ProjectMap.Storage.PostGis.Schema;
using ProjectMap.Testing;

namespace ProjectMap.Storage.PostGis.Tests.Schema;

[Collection(PostgresCollection.Name)]
public sealed class PostGisMigrationsTests(PostgresServer server)
{
    [Fact]
    public async Task OpenAsync_NewDatabase_RecordsEveryStepOnceInOrder()
    {
        var url = await server.CreateDatabaseAsync("mig");

        await using var store = await PostGisStore.OpenAsync(url);

        Assert.Equal(PostGisMigrations.All.Count, store.SchemaVersion);
        var ids = await server.QueryAsync(Db(url), "SELECT string_agg(id, ',' ORDER BY ordinal) FROM pm_schema_migrations");
        Assert.Equal(string.Join(',', PostGisMigrations.All.Select(m => m.Id)), ids);
    }

    [Fact]
    public async Task OpenAsync_SecondTime_AppliesNothingAgainAndKeepsData()
    {
        var url = await server.CreateDatabaseAsync("mig");
        await using (var first = await PostGisStore.OpenAsync(url))
        {
            await first.Projects.AddAsync([SampleProjects.Full()]);
        }

        await using var second = await PostGisStore.OpenAsync(url, create: false);

        Assert.Equal(PostGisMigrations.All.Count, second.SchemaVersion);
        Assert.Equal(Steps, await server.QueryAsync(Db(url), "SELECT count(*) FROM pm_schema_migrations"));
        Assert.Single(await second.Projects.ListAsync());
    }

    [Fact]
    public async Task OpenAsync_EightOpenersAtOnceOnAMissingDatabase_AllSucceedWithOneSchema()
    {
        var url = server.UrlFor(server.NewDatabaseName("race"));

        var stores = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => PostGisStore.OpenAsync(url, create: true))));
        try
        {
            Assert.All(stores, s => Assert.Equal(PostGisMigrations.All.Count, s.SchemaVersion));
            Assert.Equal(Steps, await server.QueryAsync(Db(url), "SELECT count(*) FROM pm_schema_migrations"));
        }
        finally
        {
            foreach (var s in stores)
            {
                await s.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Schema_ProjectsTable_HasSrid4490MultiPolygonGistIndexAndNumericMoney()
    {
        var url = await server.CreateDatabaseAsync("mig");
        await using var store = await PostGisStore.OpenAsync(url);
        var db = Db(url);

        Assert.Equal("4490", await server.QueryAsync(db, "SELECT srid FROM geometry_columns WHERE f_table_name = 'projects' AND f_geometry_column = 'geom'"));
        Assert.Equal("MULTIPOLYGON", await server.QueryAsync(db, "SELECT type FROM geometry_columns WHERE f_table_name = 'projects'"));
        var index = await server.QueryAsync(db, "SELECT indexdef FROM pg_indexes WHERE tablename = 'projects' AND indexname = 'projects_geom_gist'");
        Assert.Contains("USING gist (geom)", index, StringComparison.Ordinal);
        Assert.Equal("numeric", await server.QueryAsync(db, "SELECT data_type FROM information_schema.columns WHERE table_name = 'projects' AND column_name = 'planned_investment_wan'"));
        Assert.Equal("C", await server.QueryAsync(db, "SELECT collation_name FROM information_schema.columns WHERE table_name = 'projects' AND column_name = 'code'"));
    }

    [Fact]
    public async Task Schema_Photos_HaveAMonthAndFootprintGistIndexForTheViewersMonthQuery()
    {
        var url = await server.CreateDatabaseAsync("mig");
        await using var store = await PostGisStore.OpenAsync(url);

        var index = await server.QueryAsync(Db(url), "SELECT indexdef FROM pg_indexes WHERE tablename = 'photos' AND indexname = 'photos_month_geom_gist'");

        Assert.Contains("USING gist (month, geom)", index, StringComparison.Ordinal);
        Assert.Equal("1", await server.QueryAsync(Db(url), "SELECT count(*) FROM pg_extension WHERE extname = 'btree_gist'"));
    }

    [Fact]
    public async Task AddAsync_MoneyWithManyDigits_StoredExactlyAsNumeric()
    {
        var url = await server.CreateDatabaseAsync("mig");
        await using var store = await PostGisStore.OpenAsync(url);
        var project = SampleProjects.Minimal("MONEY", 119.95, 31.70) with { PlannedInvestmentWan = 123456789012.123456789m };

        await store.Projects.AddAsync([project]);

        Assert.Equal("123456789012.123456789", await server.QueryAsync(Db(url), "SELECT planned_investment_wan::text FROM projects"));
        Assert.Equal(123456789012.123456789m, (await store.Projects.FindAsync(project.Code))?.PlannedInvestmentWan);
    }

    [Fact]
    public async Task OpenAsync_DatabaseRecordsAStepThisBuildDoesNotKnow_RefusesSayingItIsNewer()
    {
        var url = await server.CreateDatabaseAsync("mig");
        await (await PostGisStore.OpenAsync(url)).DisposeAsync();
        await server.ExecuteAsync(Db(url), "INSERT INTO pm_schema_migrations (id, ordinal, description) VALUES ('9999-from-the-future', 9999, 'x')");

        var e = await Assert.ThrowsAsync<StoreException>(() => PostGisStore.OpenAsync(url));

        Assert.Contains("9999-from-the-future", e.Message, StringComparison.Ordinal);
        Assert.Contains("newer version", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_ExistingDatabaseWithoutSchemaAndNoCreate_RefusesAndChangesNothing()
    {
        var url = await server.CreateDatabaseAsync("mig");

        var e = await Assert.ThrowsAsync<StoreException>(() => PostGisStore.OpenAsync(url, create: false));

        Assert.Contains("projectmap init", e.Message, StringComparison.Ordinal);
        Assert.Equal(string.Empty, await server.QueryAsync(Db(url), "SELECT to_regclass('pm_schema_migrations')::text"));
    }

    [Fact]
    public async Task OpenAsync_MissingDatabaseWithoutCreate_RefusesNamingTheDatabase()
    {
        var name = server.NewDatabaseName("absent");

        var e = await Assert.ThrowsAsync<StoreException>(() => PostGisStore.OpenAsync(server.UrlFor(name), create: false));

        Assert.Contains($"no database '{name}'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_MissingDatabaseWithCreate_CreatesItWithPostGis()
    {
        var name = server.NewDatabaseName("created");

        await using var store = await PostGisStore.OpenAsync(server.UrlFor(name), create: true);

        Assert.StartsWith("3.", await server.QueryAsync(name, "SELECT postgis_version()"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_OrdinaryUserOnNewDatabase_AsksForPostGisThenSucceedsOnceAnAdministratorInstalledIt()
    {
        var role = server.NewDatabaseName("officer");
        await server.ExecuteAsync("postgres", $"CREATE ROLE {role} LOGIN CREATEDB");
        var name = server.NewDatabaseName("owned");
        var url = $"postgresql://{role}@{server.Host}:{server.Port}/{name}";

        var e = await Assert.ThrowsAsync<StoreException>(() => PostGisStore.OpenAsync(url, create: true));
        await server.ExecuteAsync(name, "CREATE EXTENSION postgis");
        await using var store = await PostGisStore.OpenAsync(url, create: true);
        await store.Projects.AddAsync([SampleProjects.Minimal("OWNED", 119.95, 31.70)]);

        Assert.Contains("CREATE EXTENSION postgis", e.Message, StringComparison.Ordinal);
        Assert.Equal(role, await server.QueryAsync(name, "SELECT tableowner FROM pg_tables WHERE tablename = 'projects'"));
        Assert.Single(await store.Projects.ListAsync());
    }

    [Fact]
    public async Task OpenAsync_NothingListening_ThrowsStoreExceptionNamingHostAndPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var e = await Assert.ThrowsAsync<StoreException>(() => PostGisStore.OpenAsync($"postgresql://postgres@127.0.0.1:{port}/pm"));

        Assert.Contains($"127.0.0.1:{port}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ogrinfo_StoreWithProjects_ListsTheProjectsLayerInEpsg4490WithEveryFeature()
    {
        var url = await server.CreateDatabaseAsync("ogr");
        await using (var store = await PostGisStore.OpenAsync(url))
        {
            await store.Projects.AddAsync([SampleProjects.Full(), SampleProjects.Minimal("WJ-2", 119.95, 31.68)]);
        }

        var (code, output, error) = ExternalTool.Run(
            "ogrinfo", "-ro", "-so", $"PG:host={server.Host} port={server.Port} user=postgres dbname={Db(url)}", "projects");

        Assert.True(code == 0, error);
        Assert.Contains("Geometry: Multi Polygon", output, StringComparison.Ordinal);
        Assert.Contains("Feature Count: 2", output, StringComparison.Ordinal);
        Assert.Contains("ID[\"EPSG\",4490]", output, StringComparison.Ordinal);
        Assert.Contains("planned_investment_wan: Real", output, StringComparison.Ordinal);
    }

    private static string Steps => PostGisMigrations.All.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Db(string url) => PostgresServer.DatabaseOf(url);
}
