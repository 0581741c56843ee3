using ProjectMap.Application.Storage;
using ProjectMap.Storage.PostGis.Connection;

namespace ProjectMap.Storage.PostGis.Tests.Connection;

public sealed class PostgresUrlTests
{
    [Fact]
    public void Parse_FullUrl_SetsHostPortUserPasswordAndDatabase()
    {
        var url = PostgresUrl.Parse("postgresql://officer:s3cret@db.wujin.local:6543/projectmap");

        var s = url.Settings;
        Assert.Equal("db.wujin.local", s.Host);
        Assert.Equal(6543, s.Port);
        Assert.Equal("officer", s.Username);
        Assert.Equal("s3cret", s.Password);
        Assert.Equal("projectmap", s.Database);
    }

    [Fact]
    public void Parse_NoUserNoPort_DefaultsToPostgresAnd5432()
    {
        var s = PostgresUrl.Parse("postgres://127.0.0.1/district").Settings;

        Assert.Equal("postgres", s.Username);
        Assert.Equal(5432, s.Port);
        Assert.Null(s.Password);
    }

    [Fact]
    public void Redacted_UrlWithPassword_LeavesThePasswordOut()
    {
        var url = PostgresUrl.Parse("postgresql://officer:s3cret@host:5433/pm");

        Assert.Equal("postgresql://officer@host:5433/pm", url.Redacted);
        Assert.DoesNotContain("s3cret", url.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PercentEncodedParts_Decodes()
    {
        var s = PostgresUrl.Parse("postgresql://%E5%8A%9E%E5%85%AC:p%40ss%3Aw@host/%E6%AD%A6%E8%BF%9B").Settings;

        Assert.Equal("办公", s.Username);
        Assert.Equal("p@ss:w", s.Password);
        Assert.Equal("武进", s.Database);
    }

    [Fact]
    public void Parse_LibpqQueryParameters_MapToNpgsqlSettings()
    {
        var s = PostgresUrl.Parse("postgresql://u@h/db?sslmode=disable&application_name=projectmap&connect_timeout=7&host=/var/run/postgresql").Settings;

        Assert.Equal(Npgsql.SslMode.Disable, s.SslMode);
        Assert.Equal("projectmap", s.ApplicationName);
        Assert.Equal(7, s.Timeout);
        Assert.Equal("/var/run/postgresql", s.Host);
    }

    [Theory]
    [InlineData("postgresql://host:5432/")]
    [InlineData("postgresql://host")]
    [InlineData("postgresql:///db")]
    [InlineData("mysql://host/db")]
    public void Parse_UnusableUrl_ThrowsStoreExceptionSayingWhatToWrite(string text)
    {
        var e = Assert.Throws<StoreException>(() => PostgresUrl.Parse(text));

        Assert.Contains("postgresql://user@host:port/database", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownParameter_ThrowsNamingItWithoutThePassword()
    {
        var e = Assert.Throws<StoreException>(() => PostgresUrl.Parse("postgresql://u:topsecret@h/db?frobnicate=1"));

        Assert.Contains("frobnicate", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("topsecret", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgresql://h/db", true)]
    [InlineData("POSTGRES://h/db", true)]
    [InlineData("projectmap.gpkg", false)]
    [InlineData("/data/postgres/projectmap.gpkg", false)]
    public void IsPostgresUrl_Text_RecognisesTheSchemes(string text, bool expected) => Assert.Equal(expected, PostgresUrl.IsPostgresUrl(text));
}
