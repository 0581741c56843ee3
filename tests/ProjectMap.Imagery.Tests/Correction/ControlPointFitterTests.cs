using ProjectMap.Geodesy.Points;
using ProjectMap.Imagery.Cameras;
using ProjectMap.Imagery.Correction;
using ProjectMap.Imagery.Georeferencing;

namespace ProjectMap.Imagery.Tests.Correction;

public sealed class ControlPointFitterTests
{
    private static readonly PinholeCamera Camera = new(4000, 3000, 3000, 2000, 1500);

    private static ControlPair Pair(PhotoGeoreference g, double u, double v)
    {
        Assert.True(g.TryPixelToLocal(u, v, out var e, out var n));
        return new ControlPair(u, v, e, n);
    }

    [Fact]
    public void Fit_TwoPairsOfANadirPhoto_SimilarityReproducesEveryPixel()
    {
        var truth = new PhotoGeoreference(Camera, new GeodeticPoint(31.7, 119.8), 80, new CameraAttitude(-63, -90, 0));

        var fit = ControlPointFitter.Fit([Pair(truth, 100, 200), Pair(truth, 3500, 2700)]);

        Assert.Equal(CorrectionModel.Similarity, fit.Model);
        Assert.True(fit.MaxResidualM < 1e-9);
        var (e, n) = fit.PixelToLocal.Apply(1234, 567);
        Assert.True(truth.TryPixelToLocal(1234, 567, out var te, out var tn));
        Assert.Equal(te, e, 6);
        Assert.Equal(tn, n, 6);
    }

    [Fact]
    public void Fit_ThreePairs_AffineFitsThemExactly()
    {
        var fit = ControlPointFitter.Fit([new(0, 0, 10, 20), new(100, 0, 110, 25), new(0, 100, 5, -80)]);

        Assert.Equal(CorrectionModel.Affine, fit.Model);
        Assert.True(fit.MaxResidualM < 1e-9);
    }

    [Fact]
    public void Fit_SixPairsOfAnObliquePhoto_HomographyRecoversThePerspective()
    {
        var truth = new PhotoGeoreference(Camera, new GeodeticPoint(31.7, 119.8), 120, new CameraAttitude(130, -50, 4));

        var fit = ControlPointFitter.Fit([Pair(truth, 0, 1000), Pair(truth, 4000, 1000), Pair(truth, 4000, 3000), Pair(truth, 0, 3000), Pair(truth, 2000, 2000), Pair(truth, 1000, 2500)]);

        Assert.Equal(CorrectionModel.Homography, fit.Model);
        Assert.True(fit.RmsResidualM < 1e-6, $"rms {fit.RmsResidualM}");
        var (e, n) = fit.PixelToLocal.Apply(3100, 1700);
        Assert.True(truth.TryPixelToLocal(3100, 1700, out var te, out var tn));
        Assert.Equal(te, e, 4);
        Assert.Equal(tn, n, 4);
    }

    [Fact]
    public void Fit_NoisyPairs_ReportsTheirResiduals()
    {
        var truth = new PhotoGeoreference(Camera, new GeodeticPoint(31.7, 119.8), 100, CameraAttitude.Nadir);
        var pairs = new[] { Pair(truth, 0, 0), Pair(truth, 4000, 0), Pair(truth, 4000, 3000), Pair(truth, 0, 3000), Pair(truth, 2000, 1500) };
        pairs[4] = pairs[4] with { EastM = pairs[4].EastM + 1 };

        var fit = ControlPointFitter.Fit(pairs);

        Assert.InRange(fit.MaxResidualM, 0.3, 1.0);
        Assert.Equal(5, fit.ResidualsM.Count);
    }

    [Fact]
    public void Fit_OnePair_Refused() =>
        Assert.Throws<ArgumentException>(() => ControlPointFitter.Fit([new ControlPair(1, 2, 3, 4)]));

    [Fact]
    public void Fit_ThreeCollinearPixels_Refused() =>
        Assert.Throws<ArgumentException>(() => ControlPointFitter.Fit([new(0, 0, 0, 0), new(1, 1, 5, 5), new(2, 2, 9, 1)]));
}
