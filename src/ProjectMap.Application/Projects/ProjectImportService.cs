using ProjectMap.Application.Projects.Import;
using ProjectMap.Application.Storage;

namespace ProjectMap.Application.Projects;

/// <summary>Imports a parcel file into a store: read and validate every feature, then store all projects in one transaction or none.</summary>
public static class ProjectImportService
{
    /// <summary>Imports <paramref name="path"/>; throws <see cref="ImportException"/> or <see cref="DuplicateProjectException"/> with nothing stored.</summary>
    public static async Task<ProjectImportResult> ImportAsync(IProjectMapStore store, string path, ProjectImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var result = ProjectFileReader.Read(path, options);
        var problems = new List<ImportProblem>();
        foreach (var (project, index) in result.Projects.Select((p, i) => (p, i)))
        {
            if (await store.Projects.FindAsync(project.Code, cancellationToken).ConfigureAwait(false) is not null)
            {
                problems.Add(new ImportProblem(path, index + 1, project.Code.Value, $"project code '{project.Code.Value}' already exists in the store"));
            }
        }

        if (problems.Count > 0)
        {
            throw new ImportException(problems);
        }

        await store.Projects.AddAsync(result.Projects, cancellationToken).ConfigureAwait(false);
        return result;
    }
}
