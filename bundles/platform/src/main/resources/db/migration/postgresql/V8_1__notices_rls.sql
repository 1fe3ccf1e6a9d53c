SELECT gasline_protect('platform_notice');
SELECT gasline_protect('platform_notice_delivery');
SELECT gasline_protect('platform_notice_contact');
SELECT gasline_protect('platform_notice_quiet');
