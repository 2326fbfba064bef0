package com.strata.web.security;

import com.strata.security.PasswordHashing;
import com.strata.security.Roles;
import com.strata.system.StrataDataSource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/** Users and their roles come from the database; inactive users cannot sign in. */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = StrataDataSource.JNDI_NAME,
        callerQuery = "SELECT password_hash FROM app_user WHERE username = ? AND active = TRUE",
        groupsQuery = "SELECT r.role FROM app_user_role r JOIN app_user u ON u.id = r.user_id WHERE u.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {PasswordHashing.ALGORITHM, PasswordHashing.ITERATIONS})
@DeclareRoles({Roles.ADMIN, Roles.ANALYST, Roles.SUPERVISOR, Roles.ACCOUNT_MANAGER, Roles.SERVICE_AGENT})
@ApplicationScoped
public class SecurityConfiguration {}
