/** Demo product: the classic single EC2 web server with a security group. */
export const EC2_WEB_SERVER_TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Description: A single Amazon Linux web server running Apache, reachable over HTTP, with SSH restricted to one address range.
Metadata:
  AWS::CloudFormation::Interface:
    ParameterGroups:
      - Label:
          default: Instance
        Parameters:
          - InstanceType
          - LatestAmiId
      - Label:
          default: Access
        Parameters:
          - KeyName
          - SSHLocation
    ParameterLabels:
      InstanceType:
        default: Instance type
      LatestAmiId:
        default: Machine image
      KeyName:
        default: SSH key pair
      SSHLocation:
        default: Allowed SSH source range
Parameters:
  KeyName:
    Type: AWS::EC2::KeyPair::KeyName
    Description: Name of an existing EC2 key pair to enable SSH access to the instance.
    ConstraintDescription: must be the name of an existing EC2 key pair.
  InstanceType:
    Type: String
    Default: t3.micro
    Description: EC2 instance type; larger types cost more.
    AllowedValues:
      - t3.micro
      - t3.small
      - t3.medium
      - t3.large
      - m5.large
      - m5.xlarge
    ConstraintDescription: must be a valid EC2 instance type.
  SSHLocation:
    Type: String
    Default: 10.0.0.0/16
    Description: The IP address range that can SSH to the instance.
    MinLength: 9
    MaxLength: 18
    AllowedPattern: "(\\\\d{1,3})\\\\.(\\\\d{1,3})\\\\.(\\\\d{1,3})\\\\.(\\\\d{1,3})/(\\\\d{1,2})"
    ConstraintDescription: must be a valid IP CIDR range of the form x.x.x.x/x.
  LatestAmiId:
    Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
    Default: /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64
    Description: SSM parameter holding the AMI to launch.
Resources:
  WebServerSecurityGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: Enable HTTP from anywhere and SSH from the allowed range
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 80
          ToPort: 80
          CidrIp: 0.0.0.0/0
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: !Ref SSHLocation
  WebServerInstance:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: !Ref InstanceType
      ImageId: !Ref LatestAmiId
      KeyName: !Ref KeyName
      SecurityGroupIds:
        - !GetAtt WebServerSecurityGroup.GroupId
      BlockDeviceMappings:
        - DeviceName: /dev/xvda
          Ebs:
            VolumeType: gp3
            VolumeSize: 20
            Encrypted: true
      UserData: !Base64
        Fn::Sub: |
          #!/bin/bash
          dnf install -y httpd
          echo "<h1>\${AWS::StackName}</h1>" > /var/www/html/index.html
          systemctl enable --now httpd
      Tags:
        - Key: Name
          Value: !Sub "\${AWS::StackName}-web"
Outputs:
  WebsiteURL:
    Description: URL of the web server
    Value: !Sub "http://\${WebServerInstance.PublicDnsName}"
  InstanceId:
    Description: ID of the instance
    Value: !Ref WebServerInstance
`;
