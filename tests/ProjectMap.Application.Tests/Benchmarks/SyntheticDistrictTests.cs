using ProjectMap.Application.Benchmarks;
using ProjectMap.Application.Storage.Copy;
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
}
