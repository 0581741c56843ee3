using ProjectMap.Cli.Commands;
using ProjectMap.Domain.Time;
using ProjectMap.Rendering.Maps;
using ProjectMap.Rendering.Output;

namespace ProjectMap.Cli.Demo;

/// <summary>
/// Draws the sample district's maps for December 2023 into <c>maps/</c> of the demo folder: the completion map and the
/// investment map as A3 PNG at 150 dpi and as PDF, with the sample photos under the parcels.
/// </summary>
public sealed class RenderMapsStep : IDemoStep
{
    /// <summary>The month the demo maps show.</summary>
    public static YearMonth Month { get; } = new(2023, 12);

    /// <inheritdoc />
    public string Name => "maps";

    /// <inheritdoc />
    public async Task RunAsync(DemoContext demo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(demo);
        RenderCommands.EnsureFonts();
        var folder = Path.Combine(demo.OutputDirectory, "maps");
        Directory.CreateDirectory(folder);
        var sources = new MapSources(demo.FilesRoot);
        foreach (var overlay in new[] { MapOverlay.Completion, MapOverlay.Investment })
        {
            var request = new MapRequest { Month = Month, Overlay = overlay, AreaName = "武进区", Publisher = "武进区重点项目办公室（演示数据）" };
            using var data = await MapDataLoader.LoadAsync(demo.Store, request, sources, cancellationToken).ConfigureAwait(false);
            var stem = $"{overlay.ToString().ToLowerInvariant()}-{Month}";
            foreach (var extension in new[] { ".png", ".pdf" })
            {
                var path = Path.Combine(folder, stem + extension);
                var result = MapFileWriter.Write(path, data, request);
                await demo.LogAsync($"wrote {path} ({data.Projects.Count} projects, {result.OmittedLabels} labels left out, {result.Warnings.Count} warnings)").ConfigureAwait(false);
                foreach (var warning in result.Warnings)
                {
                    await demo.LogAsync("  warning: " + warning).ConfigureAwait(false);
                }
            }
        }
    }
}
