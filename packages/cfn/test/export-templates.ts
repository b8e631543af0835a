/** Templates the export and change-preview tests deploy; test/export-kinds-lint.test.ts lints their exports. */

export const UPDATE_SOURCE = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  AppName:
    Type: String
  Size:
    Type: String
    AllowedValues: [small, large]
  Subnets:
    Type: CommaDelimitedList
  DbPassword:
    Type: String
    NoEcho: true
  ApiKey:
    Type: String
    NoEcho: true
  Motto:
    Type: String
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Sub "\${AppName}-\${Size}"
  Role:
    Type: AWS::IAM::Role
    Properties:
      RoleName: !Ref AppName
      AssumeRolePolicyDocument: {}
`;

export const TERMINATE_SOURCE = `Parameters:
  KeepLogs:
    Type: String
    Default: Retain
    AllowedValues: [Retain, Delete]
  Password:
    Type: String
    NoEcho: true
Conditions:
  IsProd: !Equals [!Ref "AWS::StackName", prod]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    DeletionPolicy: Retain
  Database:
    Type: AWS::RDS::DBInstance
    DeletionPolicy: Snapshot
    Properties:
      Engine: postgres
      DBInstanceClass: db.t3.micro
      AllocatedStorage: "20"
      MasterUsername: admin
      MasterUserPassword: !Ref Password
  Logs:
    Type: AWS::Logs::LogGroup
    DeletionPolicy: !Ref KeepLogs
  Table:
    Type: AWS::DynamoDB::Table
    DeletionPolicy: !If [IsProd, Retain, Delete]
    Properties:
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      BillingMode: PAY_PER_REQUEST
  Volume:
    Type: AWS::EC2::Volume
    DeletionPolicy: RetainExceptOnCreate
    Properties:
      AvailabilityZone: eu-west-1a
      Size: 1
  Queue:
    Type: AWS::SQS::Queue
    DeletionPolicy: Delete
  Topic:
    Type: AWS::SNS::Topic
`;

export const PREVIEW_SOURCE = `Parameters:
  AppName:
    Type: String
  Env:
    Type: String
    AllowedValues: [dev, prod]
  Subnets:
    Type: CommaDelimitedList
  DbPassword:
    Type: String
    NoEcho: true
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Ref AppName
      Tags:
        - Key: env
          Value: !Ref Env
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub "\${AppName}-logs"
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Sub "queue-\${Env}"
Outputs:
  Name:
    Value: !Ref AppName
`;
