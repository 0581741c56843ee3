using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using ProjectMap.Domain.Access;

namespace ProjectMap.Web.Security;

/// <summary>
/// The claims a login carries: the name, the role and a stamp derived from the password hash, so a changed password
/// ends every session made with the old one. The account itself is reloaded from the store on every request.
/// </summary>
public static class AccountPrincipal
{
    /// <summary>The claim holding the stamp.</summary>
    public const string StampClaim = "projectmap:stamp";

    /// <summary>Creates the principal for a signed-in account under a scheme.</summary>
    public static ClaimsPrincipal Create(UserAccount account, string scheme)
    {
        ArgumentNullException.ThrowIfNull(account);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, account.Name.Value),
                new Claim(ClaimTypes.Role, UserRoles.Name(account.Role)),
                new Claim(StampClaim, Stamp(account)),
            ],
            scheme);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>A short digest of the account's password hash (changes whenever the password does).</summary>
    public static string Stamp(UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(account.PasswordHash)).AsSpan(0, 8));
    }
}
