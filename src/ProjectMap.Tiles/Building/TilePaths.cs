using ProjectMap.Tiles.Grids;

namespace ProjectMap.Tiles.Building;

/// <summary>
/// Where pyramids live under a tiles root: <c>{project}/{yyyy-MM}/</c> (Web Mercator folder),
/// <c>{project}/{yyyy-MM}_c/</c> (CGCS2000 geographic folder, Tianditu's <c>_c</c> suffix) and
/// <c>{project}/{yyyy-MM}.mbtiles</c> (Web Mercator MBTiles). Project codes are checked to be safe folder names.
/// </summary>
public static class TilePaths
{
    /// <summary>The suffix of geographic (CGCS2000) pyramid folders.</summary>
    public const string GeographicSuffix = "_c";

    /// <summary>The folder or file of a project's monthly pyramid.</summary>
    public static string PyramidPath(string root, string project, string month, ITileGrid grid, bool mbTiles)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        ArgumentNullException.ThrowIfNull(grid);
        if (!IsSafeName(project))
        {
            throw new ArgumentException($"project code '{project}' cannot be used as a folder name", nameof(project));
        }

        var name = mbTiles ? month + ".mbtiles" : month + (grid.Id == TileGrid.Cgcs2000.Id ? GeographicSuffix : string.Empty);
        return Path.Combine(Path.GetFullPath(root), project, name);
    }

    /// <summary>True for names of letters, digits, '-', '_' and '.', not starting with '.'.</summary>
    public static bool IsSafeName(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= 100 && name[0] != '.' && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
