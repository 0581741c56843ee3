using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace ProjectMap.Reports.Export;

/// <summary>
/// Rewrites a ZIP package (XLSX) so that the same content always gives the same bytes: entries keep their order and
/// content, and every entry's timestamp is set to a given instant (the report's as-of time) instead of the clock's.
/// System.IO.Packaging also names the core-properties part and the package relationships with random GUIDs; the part
/// is renamed <see cref="CorePropertiesPart"/> and the package relationship ids become rId1, rId2… in order.
/// </summary>
public static partial class DeterministicZip
{
    /// <summary>The fixed name given to the core-properties part (title, author, dates).</summary>
    public const string CorePropertiesPart = "package/services/metadata/core-properties/core.psmdcp";

    private const string PackageRelationships = "_rels/.rels";

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
            var core = input.Entries.FirstOrDefault(e => e.FullName.StartsWith("package/services/metadata/core-properties/", StringComparison.Ordinal))?.FullName;
            foreach (var entry in input.Entries)
            {
                var name = entry.FullName == core ? CorePropertiesPart : entry.FullName;
                var copy = archive.CreateEntry(name, CompressionLevel.Optimal);
                copy.LastWriteTime = wall;
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName == PackageRelationships)
                {
                    using var reader = new StreamReader(from, Encoding.UTF8);
                    var xml = reader.ReadToEnd();
                    if (core is not null)
                    {
                        xml = xml.Replace("/" + core, "/" + CorePropertiesPart, StringComparison.Ordinal);
                    }

                    var n = 0;
                    xml = RandomRelationshipId().Replace(xml, _ => "Id=\"rId" + (++n).ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"");
                    var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble().Concat(Encoding.UTF8.GetBytes(xml)).ToArray();
                    to.Write(bytes);
                    continue;
                }

                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }

    [GeneratedRegex("Id=\"R[0-9a-f]{16}\"")]
    private static partial Regex RandomRelationshipId();
}
