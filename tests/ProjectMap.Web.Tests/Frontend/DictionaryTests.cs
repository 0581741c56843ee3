namespace ProjectMap.Web.Tests.Frontend;

/// <summary>The viewer's two dictionaries: the same keys, no empty string, and the Chinese one really Chinese.</summary>
public sealed class DictionaryTests
{
    [Fact]
    public void Dictionaries_SameKeysNoEmptyStrings()
    {
        var both = NodeScript.Run("dictionary-keys.mjs");
        var zh = both.GetProperty("zh").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        var en = both.GetProperty("en").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);

        Assert.Empty(zh.Keys.Except(en.Keys));
        Assert.Empty(en.Keys.Except(zh.Keys));
        Assert.DoesNotContain(zh, kv => string.IsNullOrWhiteSpace(kv.Value));
        Assert.DoesNotContain(en, kv => string.IsNullOrWhiteSpace(kv.Value));
        Assert.Equal("重点项目一张图", zh["app.title"]);
        Assert.True(zh.Count > 100, $"only {zh.Count} strings");
    }
}
