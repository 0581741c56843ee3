using ProjectMap.Application.Storage.Copy;

namespace ProjectMap.Application.Tests.Storage.Copy;

public sealed class ContentDigestBuilderTests
{
    [Fact]
    public void Build_TwoItems_Sha256OfTheirLinesAsSha256sumComputesIt()
    {
        using var builder = new ContentDigestBuilder("projects");
        builder.Add("A", "a");
        builder.Add("B", "b");

        var digest = builder.Build();

        // printf 'a\nb\n' | sha256sum
        Assert.Equal("911169ddaaf146aff539f58c26c489af3b892dff0fe283c1c264c65ae5aa59a2", digest.Sha256);
        Assert.Equal(2, digest.Count);
        Assert.Equal("projects", digest.Concern);
    }

    [Fact]
    public void Build_NoItems_Sha256OfNothing()
    {
        using var builder = new ContentDigestBuilder("projects");

        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", builder.Build().Sha256);
    }

    [Fact]
    public void Add_TextWithNewline_Refused()
    {
        using var builder = new ContentDigestBuilder("projects");

        Assert.Throws<ArgumentException>(() => builder.Add("A", "a\nb"));
    }

    [Theory]
    [InlineData("B", "A")]
    [InlineData("A", "A")]
    [InlineData("a", "B")]
    public void Add_KeyNotAfterThePrevious_RefusedNamingBoth(string first, string second)
    {
        using var builder = new ContentDigestBuilder("photos");
        builder.Add(first, "1");

        var error = Assert.Throws<ArgumentException>(() => builder.Add(second, "2"));

        Assert.Contains($"photos: item '{second}' comes after '{first}'", error.Message, StringComparison.Ordinal);
    }
}
