/** Demo product: a PostgreSQL RDS instance whose master password is NoEcho. */
export const RDS_DATABASE_TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Description: Amazon RDS for PostgreSQL instance with encrypted storage and automated backups.
Metadata:
  AWS::CloudFormation::Interface:
    ParameterGroups:
      - Label:
          default: Database
        Parameters:
          - DBName
          - DBInstanceClass
          - DBAllocatedStorage
          - MultiAZ
      - Label:
          default: Credentials
        Parameters:
          - DBUsername
          - DBPassword
      - Label:
          default: Network
        Parameters:
          - DBSubnetGroupName
          - VpcSecurityGroupIds
    ParameterLabels:
      DBInstanceClass:
        default: Instance class
      DBAllocatedStorage:
        default: Storage (GiB)
      DBUsername:
        default: Master user name
      DBPassword:
        default: Master password
      MultiAZ:
        default: Standby in a second availability zone
Parameters:
  DBName:
    Type: String
    Default: appdb
    Description: Name of the first database.
    MinLength: 1
    MaxLength: 63
    AllowedPattern: "[a-zA-Z][a-zA-Z0-9_]*"
    ConstraintDescription: must begin with a letter and contain only letters, digits and underscores.
  DBUsername:
    Type: String
    Default: app_admin
    NoEcho: true
    Description: Master user name.
    MinLength: 1
    MaxLength: 16
    AllowedPattern: "[a-zA-Z][a-zA-Z0-9_]*"
    ConstraintDescription: must begin with a letter and contain only letters, digits and underscores.
  DBPassword:
    Type: String
    NoEcho: true
    Description: Master password; supplied at deploy time, never stored by the portal.
    MinLength: 12
    MaxLength: 41
    AllowedPattern: "[a-zA-Z0-9!#%^*_+=-]*"
    ConstraintDescription: 12 to 41 letters, digits or !#%^*_+=- characters.
  DBInstanceClass:
    Type: String
    Default: db.t4g.micro
    AllowedValues:
      - db.t4g.micro
      - db.t4g.small
      - db.t4g.medium
      - db.m5.large
      - db.r5.large
  DBAllocatedStorage:
    Type: Number
    Default: 20
    MinValue: 20
    MaxValue: 1024
    Description: Allocated storage in GiB.
  MultiAZ:
    Type: String
    Default: "false"
    AllowedValues:
      - "true"
      - "false"
  DBSubnetGroupName:
    Type: String
    Description: Existing DB subnet group to place the instance in.
    MinLength: 1
  VpcSecurityGroupIds:
    Type: List<AWS::EC2::SecurityGroup::Id>
    Description: Security groups allowed to reach the database.
Conditions:
  IsMultiAZ: !Equals [!Ref MultiAZ, "true"]
Resources:
  Database:
    Type: AWS::RDS::DBInstance
    DeletionPolicy: Snapshot
    UpdateReplacePolicy: Snapshot
    Properties:
      Engine: postgres
      EngineVersion: "16.4"
      DBName: !Ref DBName
      DBInstanceClass: !Ref DBInstanceClass
      AllocatedStorage: !Ref DBAllocatedStorage
      StorageType: gp3
      StorageEncrypted: true
      MasterUsername: !Ref DBUsername
      MasterUserPassword: !Ref DBPassword
      MultiAZ: !If [IsMultiAZ, true, false]
      DBSubnetGroupName: !Ref DBSubnetGroupName
      VPCSecurityGroups: !Ref VpcSecurityGroupIds
      BackupRetentionPeriod: 7
      PubliclyAccessible: false
Outputs:
  Endpoint:
    Description: Connection endpoint
    Value: !GetAtt Database.Endpoint.Address
  Port:
    Description: Connection port
    Value: !GetAtt Database.Endpoint.Port
`;
