/** Demo product: a private, encrypted, versioned S3 bucket. */
export const S3_BUCKET_TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Description: Private S3 bucket with encryption, versioning and an optional lifecycle rule for old versions.
Metadata:
  AWS::CloudFormation::Interface:
    ParameterGroups:
      - Label:
          default: Bucket
        Parameters:
          - BucketPurpose
          - Versioning
      - Label:
          default: Lifecycle
        Parameters:
          - NoncurrentVersionExpirationDays
    ParameterLabels:
      BucketPurpose:
        default: What the bucket is for
      Versioning:
        default: Keep old versions of objects
      NoncurrentVersionExpirationDays:
        default: Delete old versions after (days)
Parameters:
  BucketPurpose:
    Type: String
    Description: Short lowercase word used in the bucket name, e.g. reports or assets.
    AllowedPattern: "^[a-z][a-z0-9-]{2,20}$"
    ConstraintDescription: 3 to 21 lowercase letters, digits or hyphens, starting with a letter.
  Versioning:
    Type: String
    Default: Enabled
    AllowedValues:
      - Enabled
      - Suspended
  NoncurrentVersionExpirationDays:
    Type: Number
    Default: 90
    MinValue: 1
    MaxValue: 3650
    Description: Old object versions are removed after this many days.
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    DeletionPolicy: Retain
    UpdateReplacePolicy: Retain
    Properties:
      BucketName: !Sub "\${AWS::StackName}-\${BucketPurpose}-\${AWS::AccountId}"
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
      VersioningConfiguration:
        Status: !Ref Versioning
      LifecycleConfiguration:
        Rules:
          - Id: ExpireOldVersions
            Status: Enabled
            NoncurrentVersionExpiration:
              NoncurrentDays: !Ref NoncurrentVersionExpirationDays
  BucketPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Bucket
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Sid: DenyInsecureTransport
            Effect: Deny
            Principal: "*"
            Action: "s3:*"
            Resource:
              - !GetAtt Bucket.Arn
              - !Sub "\${Bucket.Arn}/*"
            Condition:
              Bool:
                aws:SecureTransport: "false"
Outputs:
  BucketName:
    Description: Name of the bucket
    Value: !Ref Bucket
  BucketArn:
    Description: ARN of the bucket
    Value: !GetAtt Bucket.Arn
`;
