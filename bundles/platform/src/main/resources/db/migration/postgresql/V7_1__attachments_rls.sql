SELECT gasline_protect('platform_attachment');
SELECT gasline_protect('platform_attachment_data');
-- immutable: the application may insert and read, never change the bytes or what describes them
REVOKE UPDATE ON platform_attachment, platform_attachment_data FROM gasline_app;
