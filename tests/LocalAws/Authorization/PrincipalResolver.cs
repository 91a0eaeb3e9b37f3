using System;
using LocalAws.Dispatch;
using LocalAws.State;

namespace LocalAws.Authorization;

/// <summary>Maps an access key (and session token) to its caller and secret, refusing unknown and expired keys.</summary>
public static class PrincipalResolver
{
    public static (Caller Caller, string Secret) Resolve(World world, string accessKeyId, string? sessionToken, DateTimeOffset now, bool query)
    {
        if (world.AccessKeys.TryGetValue(accessKeyId, out var key))
        {
            if (key.Status != "Active" || !world.Accounts.TryGetValue(key.AccountId, out var account) ||
                !account.Users.TryGetValue(key.UserName, out var user))
                throw ProtocolErrors.InvalidToken(query);
            var caller = new Caller
            {
                AccountId = key.AccountId, AccessKeyId = accessKeyId, Arn = user.Arn, PrincipalArn = user.Arn,
                UserId = user.Id, Entity = user,
            };
            return (caller, key.SecretAccessKey);
        }
        if (world.StsSessions.TryGetValue(accessKeyId, out var session))
        {
            if (!string.Equals(sessionToken, session.SessionToken, StringComparison.Ordinal)) throw ProtocolErrors.InvalidToken(query);
            if (now >= session.Expiration) throw ProtocolErrors.ExpiredToken(query);
            if (!world.Accounts.TryGetValue(session.AccountId, out var account) ||
                !account.Roles.TryGetValue(session.RoleName, out var role) || role.Id != session.RoleId)
                throw ProtocolErrors.InvalidToken(query);
            var caller = new Caller
            {
                AccountId = session.AccountId, AccessKeyId = accessKeyId, Arn = session.Arn, PrincipalArn = role.Arn,
                UserId = session.UserId, Entity = role, Session = session,
            };
            return (caller, session.SecretAccessKey);
        }
        throw ProtocolErrors.InvalidToken(query);
    }
}
