using System.IO.Compression;

namespace ProjectMap.Reports.Export;

/// <summary>
/// Rewrites a ZIP package (XLSX) so that the same content always gives the same bytes: entries keep their order and
/// content, and every entry's timestamp is set to a given instant (the report's as-of time) instead of the clock's.
/// </summary>
public static class DeterministicZip
{
    /// <summary>The package <paramref name="zip"/> with every entry stamped <paramref name="stamp"/> (in Asia/Shanghai wall time, as ZIP keeps local times).</summary>
    public static byte[] Normalise(byte[] zip, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(zip);
        var local = TimeZoneInfo.ConvertTime(stamp, Domain.Time.DistrictTime.Zone);
        var wall = new DateTimeOffset(local.DateTime.AddTicks(-(local.DateTime.Ticks % TimeSpan.TicksPerSecond)), TimeSpan.Zero);
        using var input = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = archive.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = wall;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
