using ProjectMap.Application.Benchmarks;
using ProjectMap.Application.Storage;
using ProjectMap.Application.Storage.Copy;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Time;
using ProjectMap.Geodesy.Measures;

namespace ProjectMap.Application.Tests.Benchmarks;

public sealed class SyntheticDistrictTests
{
    private readonly SyntheticDistrict _district = new(SyntheticDistrict.WujinArea);

    [Fact]
    public void Projects_SameSeed_SameProjects()
    {
        var a = _district.Projects(50, seed: 7).Select(CanonicalProject.ToJson).ToList();
        var b = _district.Projects(50, seed: 7).Select(CanonicalProject.ToJson).ToList();
        var c = _district.Projects(50, seed: 8).Select(CanonicalProject.ToJson).ToList();

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Projects_Parcels_ValidInsideTheDistrictAndBetween5And300Mu()
    {
        var projects = _district.Projects(500, seed: 1).ToList();

        Assert.Equal(500, projects.Select(p => p.Code).Distinct().Count());
        var margin = SyntheticDistrict.WujinArea.Copy();
        margin.ExpandBy(0.02);
        Assert.All(projects, p =>
        {
            Assert.True(p.Parcel.IsValid, p.Code.Value);
            Assert.Equal(4490, p.Parcel.SRID);
            Assert.True(margin.Contains(p.Parcel.EnvelopeInternal), p.Code.Value);
            Assert.InRange(ParcelArea.Mu(p.Parcel), 5 * 0.999, 300 * 1.001);
            Assert.InRange((double)(p.DeclaredLandAreaMu!.Value / ParcelArea.Mu(p.Parcel)), 0.96, 1.04);
        });
        Assert.Contains(projects, p => p.Parcel.NumGeometries == 2);
    }

    [Fact]
    public void Viewports_Zoom14To17OnA1280By800Screen_BetweenAboutOneAndElevenKilometresWide()
    {
        var viewports = _district.Viewports(200, seed: 3);

        Assert.All(viewports, v =>
        {
            var metresPerDegree = 111_320 * Math.Cos(v.Centre.Y * Math.PI / 180);
            var widthKm = v.Width * metresPerDegree / 1000;
            Assert.InRange(widthKm, 1.2, 11.0);
            Assert.InRange(v.Width / v.Height, 1.3, 1.9);
            Assert.True(SyntheticDistrict.WujinArea.Contains(v.Centre));
        });
    }

    [Fact]
    public void Photos_SameSeed_SamePhotosFiledUnderTheirProjectsMonths()
    {
        var projects = _district.Projects(20, seed: 1).ToList();
        var first = new YearMonth(2023, 1);

        var a = _district.Photos(projects, 300, seed: 5, first, 24).ToList();
        var b = _district.Photos(projects, 300, seed: 5, first, 24).ToList();

        Assert.Equal(a.Select(r => CanonicalPhoto.ToJson(r.Photo, r.Matches, r.Corrections)), b.Select(r => CanonicalPhoto.ToJson(r.Photo, r.Matches, r.Corrections)));
        Assert.Equal(300, a.Select(r => r.Photo.Sha256).Distinct().Count());
        Assert.All(a, r =>
        {
            var p = r.Photo;
            Assert.Matches("^[0-9a-f]{64}$", p.Sha256);
            Assert.Equal($"originals/{p.Sha256[..2]}/{p.Sha256[2..4]}/{p.Sha256}.jpg", p.StoredPath);
            Assert.InRange(first.MonthsUntil(p.Month!.Value), 0, 23);
            Assert.Equal(p.Month, YearMonth.Of(DateOnly.FromDateTime(p.CapturedAt!.Value.DateTime)));
            Assert.Equal(p.ProjectCode, Assert.Single(r.Matches).ProjectCode);
            Assert.True(p.Footprint.IsValid);
            Assert.Equal(4490, p.Footprint.SRID);
            // 150 m × 100 m on the ground; the centre within about 150 m of the parcel's centre.
            Assert.InRange(GaussKrugerArea(p.Footprint), 15_000 * 0.999, 15_000 * 1.001);
            var parcel = projects.Single(x => x.Code.Value == p.ProjectCode).Parcel.EnvelopeInternal.Centre;
            Assert.InRange(Math.Abs(p.Footprint.Centroid.X - parcel.X) * 111_320 * Math.Cos(parcel.Y * Math.PI / 180), 0, 160);
            Assert.InRange(Math.Abs(p.Footprint.Centroid.Y - parcel.Y) * 110_570, 0, 160);
            Assert.StartsWith("{\"inspection\":{\"synthetic\":true", p.MetadataJson, StringComparison.Ordinal);
            Assert.True(System.Text.Json.JsonDocument.Parse(p.MetadataJson).RootElement.ValueKind == System.Text.Json.JsonValueKind.Object);
        });
    }

    [Fact]
    public void SyntheticLedger_DistrictProjects_ObeyEveryLedgerRuleAndReachDifferentStages()
    {
        var projects = _district.Projects(300, seed: 2).ToList();
        var random = new Random(9);
        var month = new YearMonth(2024, 12);

        var batches = projects.Select(p => (p, SyntheticLedger.For(p, MilestoneTemplate.Default, month, random))).ToList();

        var statuses = new List<ProjectStatus>();
        foreach (var (project, batch) in batches)
        {
            // The validator every store runs before an append accepts the whole ledger.
            var ledger = LedgerBatchValidator.Apply(new Dictionary<ProjectMap.Domain.Projects.ProjectCode, ProjectLedger>(), batch)[project.Code];
            Assert.Equal(8, ledger.Baselines.Count);
            Assert.NotEmpty(ledger.Investment);
            Assert.NotEmpty(ledger.AnnualPlans);
            statuses.Add(StatusCalculator.Compute(project, ledger, month, StatusRules.Default));
        }

        Assert.Equal(3, statuses.Select(s => s.Level).Distinct().Count());
        Assert.True(statuses.Select(s => s.Stage?.Key).Distinct().Count() >= 4);
    }

    private static double GaussKrugerArea(NetTopologySuite.Geometries.Polygon lonLat) => ParcelArea.SquareMetres(lonLat.Factory.CreateMultiPolygon([lonLat]));
}
