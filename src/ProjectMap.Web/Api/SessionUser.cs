namespace ProjectMap.Web.Api;

/// <summary>A user as the viewer shows them (never the password hash).</summary>
/// <param name="Name">Login name.</param>
/// <param name="DisplayName">Name to show, or null.</param>
/// <param name="Role">"admin", "officer" or "leader".</param>
/// <param name="Projects">Codes an officer may edit.</param>
/// <param name="Disabled">True when the account may not log in.</param>
public sealed record SessionUser(string Name, string? DisplayName, string Role, IReadOnlyList<string> Projects, bool Disabled)
{
    /// <summary>Describes an account.</summary>
    public static SessionUser Of(Domain.Access.UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new(account.Name.Value, account.DisplayName, Domain.Access.UserRoles.Name(account.Role), [.. account.Projects.Select(p => p.Value)], account.Disabled);
    }
}
