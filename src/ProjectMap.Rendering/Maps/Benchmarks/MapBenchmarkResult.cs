using ProjectMap.Application.Benchmarks;

namespace ProjectMap.Rendering.Maps.Benchmarks;

/// <summary>What <see cref="MapBenchmark"/> measured.</summary>
/// <param name="Projects">Synthetic projects on the map.</param>
/// <param name="Page">The page rendered.</param>
/// <param name="Overlay">The overlay drawn.</param>
/// <param name="Render">Time to draw the sheet onto the raster canvas, milliseconds.</param>
/// <param name="Encode">Time to PNG-encode the finished canvas (with its pHYs density), milliseconds.</param>
/// <param name="PngBytes">Size of the PNG file in bytes.</param>
/// <param name="Labels">Labels requested (one per project in the frame).</param>
/// <param name="OmittedLabels">Labels left out for lack of room.</param>
public sealed record MapBenchmarkResult(int Projects, MapPage Page, MapOverlay Overlay, LatencySummary Render, LatencySummary Encode, int PngBytes, int Labels, int OmittedLabels);
