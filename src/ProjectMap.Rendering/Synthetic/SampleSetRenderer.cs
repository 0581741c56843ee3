using ProjectMap.Application.Projects.Import;
using ProjectMap.Domain.Projects;
using ProjectMap.Rendering.Synthetic.Photo;
using ProjectMap.Rendering.Synthetic.Scene;
using ProjectMap.Rendering.Synthetic.Timeline;

namespace ProjectMap.Rendering.Synthetic;

/// <summary>Loads the sample district and renders the whole <see cref="SampleSet"/> (or a part of it) into a folder.</summary>
public static class SampleSetRenderer
{
    /// <summary>The parcel file inside the sample folder.</summary>
    public const string ProjectsFile = "district/projects.geojson";

    /// <summary>The sample projects, read from the sample folder's parcel file with the project import code.</summary>
    public static IReadOnlyList<Project> LoadProjects(string sampleFolder) =>
        ProjectFileReader.Read(Path.Combine(sampleFolder, ProjectsFile), new ProjectImportOptions()).Projects;

    /// <summary>Builds the synthetic world from the sample folder's parcel file and a timeline source.</summary>
    public static DistrictWorld LoadWorld(string sampleFolder, ISiteTimelineSource timelines) => new(LoadProjects(sampleFolder), timelines);

    /// <summary>
    /// Renders every planned shot whose project code matches <paramref name="onlyProject"/> (all when null) into
    /// <paramref name="outputFolder"/>/CODE/YYYY-MM/; reports each written JPEG through <paramref name="progress"/>.
    /// </summary>
    public static IReadOnlyList<string> RenderAll(DistrictWorld world, string outputFolder, string? onlyProject, Action<string>? progress)
    {
        ArgumentNullException.ThrowIfNull(world);
        var written = new List<string>();
        foreach (var (folder, shot) in SampleSet.Plan(world))
        {
            if (onlyProject is not null && !string.Equals(onlyProject, shot.Project.Value, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var path = SyntheticPhotoWriter.Write(world, shot, Path.Combine(outputFolder, folder));
            written.Add(path);
            progress?.Invoke(path);
        }

        return written;
    }
}
