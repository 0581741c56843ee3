using System.Globalization;
using System.Text.Json;
using ProjectMap.Testing;

namespace ProjectMap.Cli.Tests.Photos;

public sealed class PhotoCommandTests
{
    private static readonly string[] ContractFields =
    [
        "file", "sha256", "status", "reason", "warnings", "make", "model", "capturedAt", "widthPx", "heightPx", "lat", "lon",
        "relativeAltitudeM", "absoluteAltitudeM", "gimbalYawDeg", "gimbalPitchDeg", "gimbalRollDeg", "flightYawDeg", "focalLengthMm",
        "sensorWidthMm", "sensorHeightMm", "intrinsicsSource", "gsdCm", "accuracyM", "footprint",
    ];

    [Fact]
    public async Task InspectJson_GoodAndBadFiles_OneObjectPerFileWithExactlyTheContractFields()
    {
        var (exit, output, _) = await CliRunner.RunAsync(
            "photo", "inspect", "--json", PhotoFixtures.Corpus("issue3-valid-dji.jpg"), PhotoFixtures.Corpus("issue3-not-an-image.jpg"), PhotoFixtures.Corpus("issue3-xxe.jpg"));

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var items = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(3, items.Count);
        foreach (var item in items)
        {
            Assert.Equal(ContractFields.Order(StringComparer.Ordinal), item.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        }

        Assert.Equal("ok", items[0].GetProperty("status").GetString());
        Assert.Equal("2023-12-15T10:30:00+08:00", items[0].GetProperty("capturedAt").GetString());
        Assert.Equal("equivalent35mm", items[0].GetProperty("intrinsicsSource").GetString());
        Assert.Equal("Polygon", items[0].GetProperty("footprint").GetProperty("type").GetString());
        Assert.Equal("rejected", items[1].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, items[1].GetProperty("footprint").ValueKind);
        Assert.Equal("rejected", items[2].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Locate_PixelToGroundThenGroundToPixel_ReturnsThePixel()
    {
        var file = PhotoFixtures.Corpus("issue3-valid-dji.jpg");

        var (exit, output, _) = await CliRunner.RunAsync("photo", "locate", file, "--pixel", "10.5,30.25", "--json");
        Assert.Equal(0, exit);
        using var ground = JsonDocument.Parse(output);
        var lat = ground.RootElement.GetProperty("lat").GetDouble();
        var lon = ground.RootElement.GetProperty("lon").GetDouble();
        var (exit2, output2, _) = await CliRunner.RunAsync("photo", "locate", file, "--ground", string.Create(CultureInfo.InvariantCulture, $"{lat:R},{lon:R}"), "--json");

        Assert.Equal(0, exit2);
        using var pixel = JsonDocument.Parse(output2);
        Assert.Equal(10.5, pixel.RootElement.GetProperty("col").GetDouble(), 6);
        Assert.Equal(30.25, pixel.RootElement.GetProperty("row").GetDouble(), 6);
    }

    [Fact]
    public async Task Locate_GroundOffset_MovesAnOffCentrePixelTowardsTheNadir()
    {
        var file = PhotoFixtures.Corpus("issue3-valid-dji.jpg");

        var (_, flat, _) = await CliRunner.RunAsync("photo", "locate", file, "--pixel", "0,0", "--json");
        var (_, raised, _) = await CliRunner.RunAsync("photo", "locate", file, "--pixel", "0,0", "--ground-offset", "20", "--json");

        // Ground 20 m above take-off halves the camera's height (40.1 → 20.1 m), so the corner lands about half as far out.
        using var a = JsonDocument.Parse(flat);
        using var b = JsonDocument.Parse(raised);
        var dLatFlat = a.RootElement.GetProperty("lat").GetDouble() - 31.7085;
        var dLatRaised = b.RootElement.GetProperty("lat").GetDouble() - 31.7085;
        Assert.Equal(20.1 / 40.1, dLatRaised / dLatFlat, 3);
    }

    [Fact]
    public async Task Locate_RejectedPhoto_FailsWithOneLineReason()
    {
        var (exit, output, error) = await CliRunner.RunAsync("photo", "locate", PhotoFixtures.Corpus("issue3-no-gps.jpg"), "--pixel", "1,1", "--json");

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("no GPS position", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_SampleDistrictPhoto_FiledUnderItsParcelAndCaptureMonth()
    {
        using var temp = new TempDirectory();
        var db = temp.Combine("pm.gpkg");
        Assert.Equal(0, (await CliRunner.RunAsync("project", "import", RepositoryRoot.Combine("sample-imagery", "district", "projects.geojson"), "--db", db)).ExitCode);

        var (exit, output, error) = await CliRunner.RunAsync("photo", "ingest", PhotoFixtures.Corpus("issue3-valid-dji.jpg"), "--db", db, "--json");

        Assert.True(exit == 0, error);
        using var doc = JsonDocument.Parse(output);
        var file = doc.RootElement.GetProperty("files")[0];
        Assert.Equal("accepted", file.GetProperty("outcome").GetString());
        Assert.Equal("2023-12", file.GetProperty("month").GetString());
        Assert.Equal("WJ2023-001", file.GetProperty("project").GetString());
        Assert.True(File.Exists(temp.Combine("pm.files", file.GetProperty("storedPath").GetString()!)));

        await using var store = await Storage.GeoPackage.GeoPackageStore.OpenAsync(db, create: false);
        var match = Assert.Single(await store.Photos.MatchesAsync(file.GetProperty("sha256").GetString()!));
        Assert.InRange(match.PhotoOnParcelShare, 0.01, 1);
        Assert.InRange(match.ParcelCoveredShare, 0.01, 1);
    }

    [Fact]
    public async Task Ingest_BadCorpusAndADuplicate_EachFileGetsItsOutcomeAndRejectsAreQuarantined()
    {
        using var temp = new TempDirectory();
        var db = temp.Combine("pm.gpkg");
        var corpus = Path.GetDirectoryName(PhotoFixtures.Corpus("issue3-valid-dji.jpg"))!;

        var (exit, output, error) = await CliRunner.RunAsync("photo", "ingest", corpus, PhotoFixtures.Corpus("issue3-valid-dji.jpg"), "--db", db, "--json");

        Assert.True(exit == 0, error);
        using var doc = JsonDocument.Parse(output);
        var totals = doc.RootElement.GetProperty("totals");
        Assert.Equal(1, totals.GetProperty("accepted").GetInt32());
        Assert.Equal(1, totals.GetProperty("duplicate").GetInt32());
        Assert.Equal(12, totals.GetProperty("rejected").GetInt32());
        var quarantine = Directory.GetFiles(temp.Combine("pm.files", "quarantine"));
        Assert.Equal(12, quarantine.Length);
        Assert.All(quarantine, f => Assert.Matches("^[0-9a-f]{64}\\.(jpg|bin)$", Path.GetFileName(f)));
        var (_, listed, _) = await CliRunner.RunAsync("photo", "quarantine", "--db", db, "--json");
        Assert.Contains("XMP packet declares a DTD or entities", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_HostileFileName_StoredUnderItsHashAndShownWithoutControlCharacters()
    {
        using var temp = new TempDirectory();
        var input = temp.Combine("in");
        Directory.CreateDirectory(input);
        var hostile = Path.Combine(input, "..\n\u001b[2J;rm -rf ~;$(reboot).jpg");
        File.Copy(PhotoFixtures.Corpus("issue3-valid-dji.jpg"), hostile);
        var db = temp.Combine("pm.gpkg");

        var (exit, output, error) = await CliRunner.RunAsync("photo", "ingest", hostile, "--db", db);

        Assert.True(exit == 0, error);
        Assert.DoesNotContain('\u001b', output);
        var stored = Directory.GetFiles(temp.Combine("pm.files"), "*", SearchOption.AllDirectories);
        Assert.Matches("^[0-9a-f]{64}\\.jpg$", Path.GetFileName(Assert.Single(stored)));
        Assert.Equal(["in", "pm.files", "pm.gpkg"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        await using var store = await Storage.GeoPackage.GeoPackageStore.OpenAsync(db, create: false);
        var photo = Assert.Single(await store.Photos.ListAsync(new Application.Storage.PhotoQuery()));
        Assert.DoesNotContain('\n', photo.FileName);
    }

    [Fact]
    public async Task CorrectThenLocateCorrected_TwoControlPairs_PixelsLandOnTheirSurveyedPoints()
    {
        using var temp = new TempDirectory();
        var db = temp.Combine("pm.gpkg");
        var file = PhotoFixtures.Corpus("issue3-valid-dji.jpg");
        Assert.Equal(0, (await CliRunner.RunAsync("photo", "ingest", file, "--db", db)).ExitCode);

        var (exit, output, error) = await CliRunner.RunAsync(
            "photo", "correct", file, "--db", db, "--pair", "10,10,31.70870,119.84540", "--pair", "50,30,31.70840,119.84575", "--json");

        Assert.True(exit == 0, error);
        using (var fit = JsonDocument.Parse(output))
        {
            Assert.Equal("similarity", fit.RootElement.GetProperty("model").GetString());
            Assert.True(fit.RootElement.GetProperty("maxResidualM").GetDouble() < 1e-6);
        }

        var (_, located, _) = await CliRunner.RunAsync("photo", "locate", file, "--db", db, "--corrected", "--pixel", "50,30", "--json");
        using var point = JsonDocument.Parse(located);
        Assert.Equal(31.70840, point.RootElement.GetProperty("lat").GetDouble(), 8);
        Assert.Equal(119.84575, point.RootElement.GetProperty("lon").GetDouble(), 8);
        var (_, original, _) = await CliRunner.RunAsync("photo", "locate", file, "--pixel", "50,30", "--json");
        Assert.NotEqual(located, original);
    }

    [Fact]
    public async Task DbCopy_StoreWithPhotosCorrectionAndQuarantine_CopiesEverythingWithEqualChecksums()
    {
        using var temp = new TempDirectory();
        var source = temp.Combine("a.gpkg");
        var copy = temp.Combine("b.gpkg");
        var file = PhotoFixtures.Corpus("issue3-valid-dji.jpg");
        Assert.Equal(0, (await CliRunner.RunAsync("photo", "ingest", file, PhotoFixtures.Corpus("issue3-xxe.jpg"), "--db", source)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync("photo", "correct", file, "--db", source, "--pair", "10,10,31.70870,119.84540", "--pair", "50,30,31.70840,119.84575")).ExitCode);

        var (exit, output, error) = await CliRunner.RunAsync("db", "copy", "--from", source, "--to", copy);

        Assert.True(exit == 0, error + output);
        var row = output.Split('\n').Single(l => l.StartsWith("photos", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["photos", "2", "2", "2"], row[..4]);
        Assert.Equal(row[4], row[5]);
        await using var store = await Storage.GeoPackage.GeoPackageStore.OpenAsync(copy, create: false);
        var photo = Assert.Single(await store.Photos.ListAsync(new Application.Storage.PhotoQuery()));
        Assert.Equal("similarity", (await store.Photos.LatestCorrectionAsync(photo.Sha256))!.Model);
        Assert.Single(await store.Photos.ListQuarantineAsync());
    }
}
