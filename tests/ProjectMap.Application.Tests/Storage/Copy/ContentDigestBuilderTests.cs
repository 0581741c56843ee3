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

        // printf 'b' | sha256sum
        Assert.Equal("3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d", digest.ItemDigests["B"]);
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

    [Fact]
    public void DifferencesFrom_MissingChangedAndExtraItems_NamesEachKind()
    {
        var source = Digest(("A", "1"), ("B", "2"), ("C", "3"));
        var destination = Digest(("A", "1"), ("C", "three"), ("D", "4"));

        var differences = source.DifferencesFrom(destination);

        Assert.Equal(["B (missing)", "C (differs)", "D (extra)"], differences);
        Assert.Empty(source.DifferencesFrom(Digest(("A", "1"), ("B", "2"), ("C", "3"))));
    }

    private static ConcernDigest Digest(params (string Key, string Text)[] items)
    {
        using var builder = new ContentDigestBuilder("projects");
        foreach (var (key, text) in items)
        {
            builder.Add(key, text);
        }

        return builder.Build();
    }
}
