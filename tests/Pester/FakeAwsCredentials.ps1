# Credentials in the shape AWS.Tools hands out (Get-AWSCredential, $StoredAWSCredentials): an object whose
# GetCredentials() returns AccessKey/SecretKey/Token, from a type OsAccess has never heard of.
class FakeImmutableCredentials {
    [string] $AccessKey
    [string] $SecretKey
    [string] $Token
}

class FakeAwsCredentials {
    [string] $Key
    FakeAwsCredentials([string] $key) { $this.Key = $key }
    [FakeImmutableCredentials] GetCredentials() { return [FakeImmutableCredentials]@{ AccessKey = $this.Key; SecretKey = 'object-secret'; Token = '' } }
}

function New-FakeAwsCredential([string] $AccessKey) { [FakeAwsCredentials]::new($AccessKey) }
