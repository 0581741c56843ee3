using ProjectMap.Domain.Projects;

namespace ProjectMap.Domain.Tests.Projects;

public sealed class ProjectCodeTests
{
    [Theory]
    [InlineData("WJ2023-001")]
    [InlineData("a_b-9")]
    [InlineData("  X1  ")]
    public void TryParse_ValidCode_Accepted(string text)
    {
        Assert.True(ProjectCode.TryParse(text, out var code, out _));
        Assert.Equal(text.Trim(), code.Value);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("../etc", "start with a letter or digit")]
    [InlineData("WJ/001", "may only contain")]
    [InlineData("鑫奇航", "must start with a letter or digit")]
    [InlineData("WJ鑫", "may only contain")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", "longer than 32")]
    public void TryParse_InvalidCode_SaysWhy(string text, string because)
    {
        Assert.False(ProjectCode.TryParse(text, out _, out var problem));
        Assert.Contains(because, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatException() => Assert.Throws<FormatException>(() => ProjectCode.Parse("a b"));
}
