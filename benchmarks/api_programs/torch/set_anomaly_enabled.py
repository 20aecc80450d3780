# api: torch.set_anomaly_enabled
import torch
before = torch.is_anomaly_enabled()
torch.set_anomaly_enabled(True)
during = torch.is_anomaly_enabled()
check_nan = torch.is_anomaly_check_nan_enabled()
torch.set_anomaly_enabled(False)
after = torch.is_anomaly_enabled()
