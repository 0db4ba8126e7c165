import type { DeploymentModel } from '../../domain/catalog/models';
import type { PlanIssueParams, VersionGatedFeature } from '../../domain/plan/plan-issue';
import type { CodedCatalogue } from '../contract';

// 计划问题的简体中文措辞（与 ../en/domain.ts 对应）。命令行参数、设置名、路径与 Kibana 的界面标签保持原文。

const FEATURE: Readonly<Record<VersionGatedFeature, string>> = {
  'mutual-flags': '双向 TLS 参数（--elastic-agent-cert、--fleet-server-client-auth、--fleet-server-es-cert 等）',
  'agent-key-passphrase': '加密的 Agent 私钥（--elastic-agent-cert-key-passphrase）',
  'fleet-server-key-passphrase': '加密的 Fleet Server 私钥（--fleet-server-cert-key-passphrase）',
  unprivileged: '非特权安装（--unprivileged）',
  'service-token-path': '服务令牌文件（--fleet-server-service-token-path）',
};

const MODEL: Readonly<Record<DeploymentModel, string>> = {
  'on-prem': '本地部署',
  'cloud-fleet': 'Elastic Cloud 上的 Fleet Server',
  'cloud-fleet-proxy': '位于您自己代理之后的 Elastic Cloud',
  'on-prem-fleet-cloud-es': '本地 Fleet Server 搭配 Elastic Cloud Hosted Elasticsearch',
};

/** 计划为何尚未就绪：哪里有问题，以及如何修正。 */
export const PLAN_ISSUE_MESSAGES: CodedCatalogue<PlanIssueParams> = {
  required: () => '必填。',
  'url-invalid': (p) => `“${p.value}”不是 URL。请写成 https://fleet.example.com:8220 这样的形式。`,
  'url-not-https': (p) => `“${p.value}”必须以 https:// 开头——此连接应使用 TLS。`,
  'url-not-http': (p) => `“${p.value}”必须以 http:// 或 https:// 开头。`,
  'url-credentials': () => '请不要在其中写用户名和密码：计划文件和脚本会带上它们。',
  'url-duplicate': (p) => `${p.value} 列出了两次，请删除一个。`,
  'urls-empty': () => '请至少添加一个。',
  'logstash-host-invalid': (p) => `“${p.value}”不是 host:port 形式。Logstash 主机不带协议，例如 logstash.example.com:5044。`,
  'port-invalid': () => '端口是 1 到 65535 之间的整数（Fleet Server 默认监听 8220）。',
  'version-invalid': (p) => `“${p.value}”不是版本号，请写成 9.2.1 这样的形式。`,
  'version-whitespace': (p) => `“${p.value}”前后有空格，只写版本号即可，例如 ${p.value.trim()}。`,
  'version-incomplete': (p) => `${p.value} 不是一个发布版本：只有完整的 x.y.z 版本才有下载。请把补丁版本也写上，例如 ${p.value}.0 或最新的 ${p.value}.x。`,
  'version-too-old': (p) => `${FEATURE[p.feature]}需要 Elastic Agent ${p.needed} 或更高版本。请把整个 Fleet 升级到 ${p.needed}，或更改该选项。`,
  'mutual-not-supported-on-cloud': () =>
    'Elastic Cloud 在其共享边界处终止 TLS，因此无法检查您的 Agent 证书：Elastic Cloud 上的 Fleet Server 不支持双向 TLS。若要使用双向 TLS，请在其前面放置您自己的代理。',
  'lab-not-for-model': (p) => `实验模式依赖 elastic-agent enroll 为自管 Fleet Server 生成的自签名证书，不适用于${MODEL[p.model]}。`,
  'path-whitespace': (p) => `“${p.value}”含有空格。Kibana 拒绝此类路径，Agent 也会因此变为不健康；请选择不含空格的路径。`,
  'path-not-absolute-posix': (p) => `“${p.value}”不是绝对路径；必须以 / 开头（命令行拒绝相对路径）。`,
  'path-not-absolute-windows': (p) => `“${p.value}”不是 Windows 绝对路径；请使用 C:\\ProgramData\\ElasticAgentCerts 这样的盘符路径或 UNC 路径。`,
  'path-character': (p) => `“${p.value}”含有“${p.char}”。证书目录和文件名只能包含字母、数字以及 . _ - + @ =：其他字符在 shell 和 PowerShell 中有特殊含义。`,
  'passphrase-file-shared': (p) => `${p.value} 已是另一个私钥的口令文件。每个私钥文件都需要自己的口令文件，请为此文件另取一个名字。`,
  'url-shape-differs': (p) => `${p.value} 的协议或路径与第一个 URL 不同；Kibana 拒绝这样的 Fleet Server 主机 URL。`,
  'control-character': (p) => `此处含有换行或控制字符（${p.char}）；计划的值从不含这些字符。请重新输入。`,
  'too-long': (p) => `此值长 ${p.length} 个字符；此处最多 ${p.limit} 个字符。`,
  'too-many': (p) => `共 ${p.count} 项；此列表最多 ${p.limit} 项。`,
  'path-comma': (p) => `“${p.value}”含有逗号；--certificate-authorities 以逗号分隔，路径会被拆开。`,
  'file-name-invalid': (p) => `“${p.value}”不是简单的文件名；请去掉斜杠、逗号以及 : * ? " < > | 等字符。`,
  'pem-not-certificate': () => '请粘贴 PEM 证书：从 -----BEGIN CERTIFICATE----- 到 -----END CERTIFICATE----- 的文本。',
  'token-whitespace': () => '令牌不含空格或换行；请从 Kibana 重新复制。',
  'token-invalid': (p) => `令牌是 base64 文本（字母、数字、+ / = - _）；“${p.char}”不属于其中。请从 Kibana 重新复制，不要带引号。`,
  'platforms-empty': () => '请至少选择一个平台。',
  'fingerprint-empty': () => '请输入 CA 的 SHA-256 指纹，或改为选择 CA 文件。',
  'fingerprint-base64': () =>
    '这看起来是 base64（--ca-sha256 的 pin 形式）。Fleet 需要 CA 证书的十六进制 SHA-256：openssl x509 -in ca.crt -noout -fingerprint -sha256。',
  'fingerprint-not-hex': () => '指纹是 64 个十六进制字符（0–9、a–f）；冒号和空格会自动去掉。',
  'fingerprint-length': (p) => `此处有 ${p.length} 个十六进制字符；SHA-256 指纹有 64 个${p.length === 40 ? '（40 个是 SHA-1 指纹：请使用 -sha256）' : ''}。`,
  'policy-id-invalid': (p) => `“${p.value}”不是策略 ID；ID 中没有空格。请从 Fleet → Agent policies 复制。`,
};
