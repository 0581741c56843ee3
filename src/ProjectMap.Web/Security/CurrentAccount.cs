using ProjectMap.Domain.Access;

namespace ProjectMap.Web.Security;

/// <summary>The signed-in account of a request, fresh from the store (set during authentication), or null when anonymous.</summary>
public static class CurrentAccount
{
    private const string Key = "projectmap.account";

    /// <summary>The request's account, or null.</summary>
    public static UserAccount? Get(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(Key, out var value) ? value as UserAccount : null;
    }

    /// <summary>Records the request's account.</summary>
    public static void Set(HttpContext context, UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[Key] = account;
    }
}
