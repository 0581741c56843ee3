using ProjectMap.Domain.Access;
using ProjectMap.Domain.Projects;

namespace ProjectMap.Web.Uploads;

/// <summary>
/// Who may upload photos, and for which project. Leaders never. An officer uploads for one of their assigned projects,
/// named with each file, and a photo is filed there only if its footprint touches that project's parcel; otherwise it is
/// refused and nothing is kept (a photo of someone else's site is not theirs to add). An admin may name any project
/// (a photo that misses its parcel is stored with a warning, as on the command line) or none (the photo is filed under the
/// parcel it covers most).
/// </summary>
public static class UploadRules
{
    /// <summary>Null when <paramref name="account"/> may upload for <paramref name="project"/> (null: no project named); otherwise why not.</summary>
    public static string? Refusal(UserAccount account, ProjectCode? project)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (account.Disabled)
        {
            return "the account is disabled";
        }

        return account.Role switch
        {
            UserRole.Admin => null,
            UserRole.Officer when project is null => "name the project the photos are for (one of your assigned projects)",
            UserRole.Officer when !account.CanEdit(project.Value) => $"project {project} is not assigned to you",
            UserRole.Officer => null,
            _ => "leaders view photos but do not upload them; officers upload for their assigned projects",
        };
    }

    /// <summary>True when the photo must touch the named project's parcel to be kept (officers).</summary>
    public static bool RequiresMatch(UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account.Role != UserRole.Admin;
    }
}
