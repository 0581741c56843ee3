using CsCheck;
using ProjectMap.Rendering.Synthetic.Photo;
using ProjectMap.Testing;

namespace ProjectMap.Rendering.Tests.Synthetic;

public sealed class DjiMetadataTests
{
    [Fact]
    public void Write_ThenReadWithMetadataExtractor_GivesTheExactPose()
    {
        var shot = SampleWorld.SmallShot("WJ2023-002", new DateTime(2023, 9, 20, 10, 5, 33), 140.237, -60.004, -50.126, 1.333);
        var pose = shot.Pose.Quantized();
        using var dir = new TempDirectory();

        var path = SyntheticPhotoWriter.Write(SampleWorld.World, shot, dir.Path);
        var read = IndependentMetadata.Read(path);

        Assert.Equal("DJI", read.Make);
        Assert.Equal("FC6310", read.Model);
        Assert.Equal(pose.CapturedAtLocal, read.CapturedAtLocal);
        Assert.Equal(pose.LatitudeDeg, read.LatitudeDeg, 12);
        Assert.Equal(pose.LongitudeDeg, read.LongitudeDeg, 12);
        Assert.Equal(pose.AbsoluteAltitudeM, read.GpsAltitudeM, 9);
        Assert.Equal(0, read.GpsAltitudeRef);
        Assert.Equal(8.8, read.FocalLengthMm, 12);
        Assert.Equal(24, read.FocalLength35mm);
        Assert.Equal(600, read.WidthPx);
        Assert.Equal(400, read.HeightPx);
        Assert.Equal(400.0, read.FocalLengthPx, 9);
        Assert.Equal(pose.RelativeAltitudeM, read.RelativeAltitudeM, 9);
        Assert.Equal(pose.AbsoluteAltitudeM, read.AbsoluteAltitudeM, 9);
        Assert.Equal(pose.Gimbal.YawDeg, read.GimbalYawDeg, 9);
        Assert.Equal(pose.Gimbal.PitchDeg, read.GimbalPitchDeg, 9);
        Assert.Equal(pose.Gimbal.RollDeg, read.GimbalRollDeg, 9);
        Assert.Equal(pose.FlightYawDeg, read.FlightYawDeg, 9);
        Assert.Equal(pose.FlightPitchDeg, read.FlightPitchDeg, 9);
        Assert.Equal(pose.FlightRollDeg, read.FlightRollDeg, 9);
        Assert.Equal(DjiMetadata.Signed(pose.RelativeAltitudeM, 2), read.RelativeAltitudeText);
        Assert.Matches(@"^\+1[34]\d\.\d\d$", read.RelativeAltitudeText);
        Assert.Equal("-60.00", read.GimbalYawText);
    }

    [Fact]
    public void Signed_FormatsLikeDji()
    {
        Assert.Equal("+45.30", DjiMetadata.Signed(45.3, 2));
        Assert.Equal("-90.00", DjiMetadata.Signed(-90, 2));
        Assert.Equal("+0.00", DjiMetadata.Signed(-0.001, 2));
        Assert.Equal("+31.7085123", DjiMetadata.Signed(31.7085123, 7));
    }

    [Fact]
    public void Dms_AnyPositionOnTheTenMillionthDegreeGrid_IsExact()
    {
        Gen.Long[0, 1_800_000_000].Sample(units =>
        {
            var degrees = units * 1e-7;
            var dms = DjiMetadata.Dms(degrees);
            var back = dms[0].ToDouble() + (dms[1].ToDouble() / 60) + (dms[2].ToDouble() / 3600);
            Assert.Equal(100000u, dms[2].Denominator);
            Assert.InRange(Math.Abs(back - degrees), 0, 1e-12);
            Assert.InRange(dms[1].Numerator, 0u, 59u);
        });
    }
}
