namespace ProjectMap.Cli.Infrastructure;

/// <summary>Writes progress lines to a writer at once, on the reporting thread (unlike <see cref="Progress{T}"/>, which posts them later).</summary>
public sealed class LineProgress(TextWriter writer) : IProgress<string>
{
    /// <inheritdoc />
    public void Report(string value) => writer.WriteLine(value);
}
