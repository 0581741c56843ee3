using NetTopologySuite.Geometries;
using ProjectMap.Geodesy.Points;
using ProjectMap.Imagery.Inspection;
using ProjectMap.Testing;
using Xunit.Abstractions;

namespace ProjectMap.Imagery.Tests.Inspection;

/// <summary>The Brighton Beach flight (../shared/realdata/brighton-beach): footprints and a ground feature seen twice.</summary>
public sealed class RealFlightTests(ITestOutputHelper output)
{
    private const string Folder = "realdata/brighton-beach";

    private static PhotoInspection Inspect(string name) => PhotoInspector.InspectFile(Path.Combine(SharedData.PathOf(Folder)!, name));

    [SharedDataFact(Folder)]
    public void Footprints_ConsecutivePhotosOfAStrip_OverlapAlongTheFlightLine()
    {
        // Three strips of three photos (the odd-numbered photos are not in the set): 18-20-22 flown north-east,
        // 24-26-28 flown back south-west, 30-32-34 north-east again.
        string[][] strips = [["DJI_0018.JPG", "DJI_0020.JPG", "DJI_0022.JPG"], ["DJI_0024.JPG", "DJI_0026.JPG", "DJI_0028.JPG"], ["DJI_0030.JPG", "DJI_0032.JPG", "DJI_0034.JPG"]];
        foreach (var strip in strips)
        {
            var footprints = strip.Select(n => Inspect(n).Footprint!.LonLat).ToList();
            for (var i = 1; i < footprints.Count; i++)
            {
                var share = footprints[i].Intersection(footprints[i - 1]).Area / footprints[i].Area;
                output.WriteLine($"{strip[i - 1]} ∩ {strip[i]}: {share:P0} of the photo");
                Assert.InRange(share, 0.2, 0.95);
            }

            // Photos two apart in a strip still overlap a little or not at all, never more than neighbours do.
            var skip = footprints[2].Intersection(footprints[0]).Area / footprints[2].Area;
            Assert.True(skip < footprints[1].Intersection(footprints[0]).Area / footprints[1].Area);
        }

        // Neighbouring strips overlap side by side.
        var side = Inspect("DJI_0020.JPG").Footprint!.LonLat.Intersection(Inspect("DJI_0026.JPG").Footprint!.LonLat).Area;
        Assert.True(side > 0);
    }

    [SharedDataFact(Folder)]
    public void Locate_SameGroundFeatureInTwoOverlappingPhotos_LandsWithinTheStatedAccuracy()
    {
        // Picked by eye on the full-resolution photos: the notch in the east edge of the road and the west tip of the
        // patch of bare earth on the lawn, both near the top of DJI_0018 and the bottom of DJI_0020.
        (string Feature, double U18, double V18, double U20, double V20)[] features =
        [
            ("road-edge notch", 3430, 45, 3340, 1802),
            ("bare-earth patch tip", 3578, 92, 3478, 1812),
        ];
        var a = Inspect("DJI_0018.JPG");
        var b = Inspect("DJI_0020.JPG");
        foreach (var f in features)
        {
            Assert.True(a.Georeference!.TryPixelToGround(f.U18, f.V18, out var pa));
            Assert.True(b.Georeference!.TryPixelToGround(f.U20, f.V20, out var pb));
            var (e, n) = a.Georeference.Frame.ToLocal(pb);
            var (e0, n0) = a.Georeference.Frame.ToLocal(pa);
            var distance = Math.Sqrt(((e - e0) * (e - e0)) + ((n - n0) * (n - n0)));
            var allowed = 2 * Math.Sqrt((a.AccuracyM!.Value * a.AccuracyM.Value) + (b.AccuracyM!.Value * b.AccuracyM.Value));
            output.WriteLine($"{f.Feature}: {distance:0.00} m apart (east {e - e0:+0.00;-0.00} m, north {n - n0:+0.00;-0.00} m); 2σ of the difference {allowed:0.0} m");
            Assert.InRange(distance, 0, allowed);
        }
    }

    [SharedDataFact("realdata/dji-multispectral")]
    public void Inspect_RtkFixedMultispectralBand_UsesCalibratedIntrinsicsAndRtkSigma()
    {
        var result = PhotoInspector.InspectFile(Path.Combine(SharedData.PathOf("realdata/dji-multispectral")!, "P4M_green_band.tif"));

        Assert.Equal(Cameras.IntrinsicsSource.Calibrated, result.Intrinsics!.Source);
        Assert.Equal(1913.333374, result.Intrinsics.Camera.FocalLengthPx, 6);
        // RtkStdLat/Lon 0.00988/0.01137 m combine to 0.015 m, below the error model's 2 cm floor for a fixed solution.
        Assert.Equal(0.02, result.Pose!.GnssSigmaM, 9);
        Assert.Equal(120.99, result.Pose.HeightAboveGroundM, 9);
        Assert.Equal(new GeodeticPoint(-20.44058452, 57.31885385), result.Pose.Position);
        Assert.IsType<Polygon>(result.Footprint!.LonLat);
    }
}
