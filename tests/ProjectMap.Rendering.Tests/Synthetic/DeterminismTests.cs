using ProjectMap.Rendering.Synthetic;
using ProjectMap.Rendering.Synthetic.Photo;

namespace ProjectMap.Rendering.Tests.Synthetic;

public sealed class DeterminismTests
{
    [Fact]
    public void Make_SameShotTwice_GivesIdenticalJpegAndSidecarBytes()
    {
        var shot = SampleWorld.SmallShot("WJ2023-001", new DateTime(2023, 9, 14, 13, 30, 0), 160, -32, -55, 0.4);

        var first = SyntheticPhotoWriter.Make(SampleWorld.World, shot);
        var second = SyntheticPhotoWriter.Make(SampleWorld.World, shot);

        Assert.Equal(first.Jpeg, second.Jpeg);
        Assert.Equal(first.Sidecar, second.Sidecar);
    }

    [Theory]
    [InlineData("DJI_0001")]
    [InlineData("DJI_0018")]
    public void CommittedSamplePhoto_Regenerated_IsByteIdentical(string stem)
    {
        var (folder, shot) = SampleSet.Plan(SampleWorld.World).Single(p => p.Shot.FileStem == stem);
        var committed = Path.Combine(SampleWorld.PhotoFolder, folder, stem + ".JPG");
        Assert.True(File.Exists(committed), $"the committed sample photo {committed} is missing; run 'projectmap sample render'");

        var (jpeg, sidecar, _) = SyntheticPhotoWriter.Make(SampleWorld.World, shot);

        Assert.Equal(File.ReadAllBytes(committed), jpeg);
        Assert.Equal(File.ReadAllBytes(Path.ChangeExtension(committed, ".json")), sidecar);
    }

    [Fact]
    public void Render_DifferentNoiseSeeds_DifferOnlyByNoise()
    {
        var shot = SampleWorld.SmallShot("WJ2023-001", new DateTime(2023, 6, 13, 10, 20, 0), 230, 0, -90, 0);

        var a = SyntheticPhotoWriter.Make(SampleWorld.World, shot).Photo.Rgb;
        var b = SyntheticPhotoWriter.Make(SampleWorld.World, shot with { FileStem = "TEST_0002" }).Photo.Rgb;

        var maxDiff = a.Zip(b, (x, y) => Math.Abs(x - y)).Max();
        var meanDiff = a.Zip(b, (x, y) => Math.Abs(x - y)).Average();
        Assert.InRange(maxDiff, 1, 20);
        Assert.InRange(meanDiff, 0.3, 3.0);
    }
}
