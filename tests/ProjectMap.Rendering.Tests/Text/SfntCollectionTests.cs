using ProjectMap.Rendering.Text;
using SkiaSharp;

namespace ProjectMap.Rendering.Tests.Text;

public sealed class SfntCollectionTests
{
    private const string WqyMicroHei = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    [Fact]
    public void Extract_WqyMicroHeiCollection_GivesAPlainTrueTypeFontWithChineseGlyphs()
    {
        if (!File.Exists(WqyMicroHei))
        {
            Assert.Fail($"{WqyMicroHei} is missing: install fonts-wqy-microhei (scripts/setup.sh does)");
        }

        var ttc = File.ReadAllBytes(WqyMicroHei);
        Assert.True(SfntCollection.IsCollection(ttc));

        var ttf = SfntCollection.Extract(ttc, 0);

        Assert.False(SfntCollection.IsCollection(ttf));
        Assert.Equal(0x00010000u, System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(ttf));
        using var data = SKData.CreateCopy(ttf);
        using var face = SKTypeface.FromData(data);
        Assert.NotNull(face);
        using var font = new SKFont(face, 12);
        Assert.True(font.ContainsGlyphs("重点项目建设进展月报"));
    }

    [Fact]
    public void Extract_PlainFont_IsReturnedUnchanged()
    {
        byte[] plain = [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

        Assert.Same(plain, SfntCollection.Extract(plain, 0));
    }

    [Fact]
    public void Extract_IndexBeyondTheCollection_ThrowsInvalidData()
    {
        byte[] ttc = [(byte)'t', (byte)'t', (byte)'c', (byte)'f', 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 16];

        Assert.Throws<InvalidDataException>(() => SfntCollection.Extract(ttc, 3));
    }
}
