using System.Text;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;
using ProjectMap.Geodesy.Crs;

namespace ProjectMap.Application.Projects.Import;

/// <summary>
/// Reads an ESRI shapefile (.shp with .dbf, .shx and optional .prj and .cpg). Attribute text is decoded with, in
/// order: the encoding passed in (<c>--encoding</c>), the .cpg file, the DBF language-driver byte, and GBK when the
/// DBF declares nothing (or something unknown), because Chinese shapefiles without a .cpg are nearly always GBK.
/// </summary>
public static class ShapefileParcelReader
{
    static ShapefileParcelReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Reads a shapefile; <paramref name="encodingName"/> (e.g. "GBK", "UTF-8", "936") overrides .cpg when given.</summary>
    public static SourceFile Read(string path, string? encodingName)
    {
        var problems = new List<ImportProblem>();
        foreach (var ext in new[] { ".dbf", ".shx" })
        {
            if (!File.Exists(Path.ChangeExtension(path, ext)))
            {
                problems.Add(new ImportProblem(path, 0, null, $"the shapefile's {ext} file is missing beside it"));
            }
        }

        if (problems.Count > 0)
        {
            throw new ImportException(problems);
        }

        var encoding = ResolveEncoding(path, encodingName);
        var features = new List<SourceFeature>();
        try
        {
            var n = 0;
            foreach (var f in Shapefile.ReadAllFeatures(path, new ShapefileReaderOptions { Encoding = encoding }))
            {
                n++;
                var attributes = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
                foreach (var name in f.Attributes.GetNames())
                {
                    var value = f.Attributes[name];
                    attributes[name] = value is string s ? s.Trim() : value;
                }

                features.Add(new SourceFeature(n, f.Geometry, attributes));
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or NotSupportedException or ArgumentException or FileLoadException or EndOfStreamException)
        {
            throw new ImportException(new ImportProblem(path, 0, null, $"the shapefile cannot be read: {e.Message}"));
        }

        SupportedCrs? crs = null;
        var prj = Path.ChangeExtension(path, ".prj");
        if (File.Exists(prj))
        {
            try
            {
                crs = PrjReader.Identify(File.ReadAllText(prj));
            }
            catch (UnsupportedCrsException e)
            {
                throw new ImportException(new ImportProblem(path, 0, null, $"its .prj: {e.Message}"));
            }
        }

        return new SourceFile(path, features, crs);
    }

    /// <summary>The encoding to decode DBF text with, by the rules in the class summary; never null.</summary>
    public static Encoding ResolveEncoding(string shpPath, string? encodingName)
    {
        if (!string.IsNullOrWhiteSpace(encodingName))
        {
            return ByName(encodingName, $"--encoding {encodingName}");
        }

        var cpg = Path.ChangeExtension(shpPath, ".cpg");
        if (File.Exists(cpg))
        {
            var name = File.ReadAllText(cpg).Trim();
            if (name.Length > 0)
            {
                return ByName(name, $"{Path.GetFileName(cpg)} ('{name}')");
            }
        }

        // DBF language driver ids (byte 29): 0x4D and 0x7A are GBK (code page 936), 0x4F and 0x78 Big5 (950),
        // 0x57 "ANSI" and 0x03 Windows-1252, 0x01 DOS 437. Nothing declared: GBK, see the class summary.
        var codePage = ReadLanguageDriverId(Path.ChangeExtension(shpPath, ".dbf")) switch
        {
            0x4D or 0x7A => 936,
            0x4F or 0x78 => 950,
            0x03 or 0x57 => 1252,
            0x01 => 437,
            0xF0 => 65001,
            _ => 936,
        };
        return Encoding.GetEncoding(codePage);
    }

    private static Encoding ByName(string name, string source)
    {
        var key = name.Trim();
        if (int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var codePage))
        {
            return Encoding.GetEncoding(codePage);
        }

        key = key.ToUpperInvariant() switch
        {
            "UTF8" or "UTF-8" => "utf-8",
            "GBK" or "CP936" or "GB2312" or "936" => "GBK",
            "GB18030" => "GB18030",
            "BIG5" => "big5",
            _ => key,
        };

        try
        {
            return Encoding.GetEncoding(key);
        }
        catch (ArgumentException)
        {
            throw new ImportException($"{source} names an unknown text encoding; use for example GBK, GB18030 or UTF-8");
        }
    }

    private static byte ReadLanguageDriverId(string dbfPath)
    {
        using var stream = File.OpenRead(dbfPath);
        if (stream.Length < 32)
        {
            return 0;
        }

        stream.Position = 29;
        return (byte)stream.ReadByte();
    }
}
